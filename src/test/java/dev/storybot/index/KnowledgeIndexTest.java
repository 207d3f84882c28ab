package dev.storybot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.storybot.answer.ScoredPassage;
import dev.storybot.knowledge.ParsedDocument;
import dev.storybot.knowledge.Passage;
import dev.storybot.knowledge.PassageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KnowledgeIndexTest {

    private static final ParsedDocument HUAWEI = doc("huawei.md", "Huawei and 5G",
            "The government decided that Huawei can supply parts of the 5G network.",
            "Ministers said the decision protects national security.",
            "The United States had urged the government to ban the company.");
    private static final ParsedDocument BUDGET = doc("budget.md", "The budget",
            "The chancellor presented the budget to parliament on Wednesday.",
            "Ministers defended the spending plans in the government.");
    private static final ParsedDocument WEATHER = doc("weather.md", "Storm warning",
            "Forecasters issued an amber warning for high winds on the coast.");

    @TempDir
    Path dir;
    private Database db;
    private CountingEmbeddingModel model;
    private KnowledgeIndex index;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("storybot.db"));
        model = new CountingEmbeddingModel();
        index = new KnowledgeIndex(db, model, "fake-v1");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstRefreshIndexesEveryDocumentAndSaysSo() {
        assertThat(index.isEmpty()).isTrue();
        assertThat(index.status().lastRefreshed()).isNull();

        RefreshReport report = index.refresh(List.of(HUAWEI, BUDGET), progress::add);

        assertThat(report.added()).containsExactly("huawei.md", "budget.md");
        assertThat(report.changed()).isEmpty();
        assertThat(report.removed()).isEmpty();
        assertThat(report.unchanged()).isZero();
        assertThat(report.passagesAdded()).isEqualTo(7);
        assertThat(report.rebuilt()).isFalse();
        assertThat(report.summary()).isEqualTo("2 added, 0 changed, 0 removed, 0 unchanged; 7 passages added, 0 removed");
        assertThat(index.isEmpty()).isFalse();
        assertThat(index.all()).extracting(Passage::id).containsExactly(
                "budget.md#1", "budget.md#2", "budget.md#3",
                "huawei.md#1", "huawei.md#2", "huawei.md#3", "huawei.md#4");
        IndexStatus status = index.status();
        assertThat(status.documents()).isEqualTo(2);
        assertThat(status.passages()).isEqualTo(7);
        assertThat(status.lastRefreshed()).isNotNull();
        assertThat(status.embeddingModel()).isEqualTo("fake-v1");
        assertThat(status.databasePath()).isEqualTo(dir.resolve("storybot.db").toAbsolutePath());
    }

    @Test
    void anUnchangedDocumentIsNotEmbeddedAgain() {
        index.refresh(List.of(HUAWEI, BUDGET), progress::add);
        int before = model.count();

        RefreshReport again = index.refresh(List.of(HUAWEI, BUDGET), progress::add);

        assertThat(model.count()).isEqualTo(before);
        assertThat(again.changedAnything()).isFalse();
        assertThat(again.summary()).isEqualTo("0 added, 0 changed, 0 removed, 2 unchanged; 0 passages added, 0 removed");

        ParsedDocument budget2 = doc("budget.md", "The budget", "The chancellor delayed the budget.");
        RefreshReport changed = index.refresh(List.of(HUAWEI, budget2), progress::add);

        List<String> embeddedNow = model.embeddedTexts().subList(before, model.count());
        assertThat(embeddedNow).hasSize(budget2.passages().size())
                .noneMatch(text -> text.contains("Huawei") || text.contains("Ministers said"));
        assertThat(changed.changed()).containsExactly("budget.md");
        assertThat(changed.unchanged()).isEqualTo(1);
        assertThat(changed.passagesAdded()).isEqualTo(2);
        assertThat(changed.passagesRemoved()).isEqualTo(3);
    }

    @Test
    void reportsAddedChangedAndRemovedDocumentsAndServesOnlyTheNewState() {
        index.refresh(List.of(HUAWEI, BUDGET, WEATHER), progress::add);
        ParsedDocument budget2 = doc("budget.md", "The budget", "The chancellor delayed the budget.");
        ParsedDocument election = doc("election.md", "Election", "Voters go to the polls in December.");

        RefreshReport report = index.refresh(List.of(HUAWEI, budget2, election), progress::add);

        assertThat(report.added()).containsExactly("election.md");
        assertThat(report.changed()).containsExactly("budget.md");
        assertThat(report.removed()).containsExactly("weather.md");
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.passagesAdded()).isEqualTo(4);
        assertThat(report.passagesRemoved()).isEqualTo(3 + 2);
        assertThat(report.summary()).isEqualTo("1 added, 1 changed, 1 removed, 1 unchanged; 4 passages added, 5 removed");
        assertThat(index.all()).extracting(Passage::source).doesNotContain("weather.md").contains("election.md");
        assertThat(index.keyword(List.of("forecasters"), 5)).isEmpty();
        assertThat(index.keyword(List.of("polls"), 5)).extracting(s -> s.passage().id()).containsExactly("election.md#2");
        assertThat(index.nearest(CountingEmbeddingModel.vectorOf("amber warning high winds"), 20))
                .extracting(s -> s.passage().source()).doesNotContain("weather.md");
        assertThat(index.status().documents()).isEqualTo(3);
        assertThat(index.status().passages()).isEqualTo(4 + 2 + 2);
    }

    @Test
    void aRefreshWhoseEmbeddingFailsHalfwayLeavesThePreviousIndexServed() {
        index.refresh(List.of(HUAWEI), progress::add);
        List<Passage> before = index.all();
        long generation = index.generation();
        IndexStatus status = index.status();
        ParsedDocument big = doc("big.md", "Long read", paragraphs(KnowledgeIndex.EMBEDDING_BATCH + 8, "Paragraph about trade"));
        ParsedDocument huawei2 = doc("huawei.md", "Huawei", "Huawei was excluded after all.");
        model.failAfter(1);

        assertThatThrownBy(() -> index.refresh(List.of(big, huawei2), progress::add))
                .hasMessageContaining("embedding service unavailable");

        assertThat(progress).contains("embedding 32/43 passages");
        assertThat(index.all()).isEqualTo(before);
        assertThat(index.generation()).isEqualTo(generation);
        assertThat(index.status()).isEqualTo(status);
        assertThat(index.keyword(List.of("security"), 3)).extracting(s -> s.passage().id()).containsExactly("huawei.md#3");
        assertThat(index.nearest(CountingEmbeddingModel.vectorOf("Ministers said the decision protects national security."), 1))
                .extracting(s -> s.passage().id()).containsExactly("huawei.md#3");

        model.failAfter(Integer.MAX_VALUE);
        RefreshReport retry = index.refresh(List.of(big, huawei2), progress::add);
        assertThat(retry.summary()).isEqualTo("1 added, 1 changed, 0 removed, 0 unchanged; 43 passages added, 4 removed");
    }

    @Test
    void aChangedEmbeddingModelRebuildsEverything() {
        index.refresh(List.of(HUAWEI, BUDGET), progress::add);
        CountingEmbeddingModel newModel = new CountingEmbeddingModel();
        KnowledgeIndex renamed = new KnowledgeIndex(db, newModel, "fake-v2");
        Embedding query = CountingEmbeddingModel.vectorOf("chancellor budget parliament");

        assertThat(renamed.nearest(query, 3)).as("vectors of another model are not compared").isEmpty();
        assertThat(renamed.keyword(List.of("chancellor"), 3)).isNotEmpty();

        RefreshReport report = renamed.refresh(List.of(HUAWEI, BUDGET), progress::add);

        assertThat(report.rebuilt()).isTrue();
        assertThat(report.summary()).startsWith("rebuilt for a new embedding model")
                .endsWith("0 added, 0 changed, 0 removed, 2 unchanged; 7 passages added, 7 removed");
        assertThat(newModel.count()).isEqualTo(7);
        assertThat(renamed.status().embeddingModel()).isEqualTo("fake-v2");
        assertThat(renamed.nearest(query, 1)).extracting(s -> s.passage().id()).containsExactly("budget.md#2");
        assertThat(new SqliteEmbeddingStore(db).size()).isEqualTo(7);

        assertThat(renamed.refresh(List.of(HUAWEI, BUDGET), progress::add).rebuilt()).isFalse();
        assertThat(newModel.count()).isEqualTo(7);
    }

    @Test
    void nearestReturnsCosineSimilaritiesBestFirst() {
        index.refresh(List.of(HUAWEI, BUDGET, WEATHER), progress::add);
        Passage target = passage("huawei.md#2");
        Embedding query = CountingEmbeddingModel.vectorOf(target.retrievalText());

        List<ScoredPassage> hits = index.nearest(query, 5);

        assertThat(hits).hasSize(5);
        assertThat(hits.get(0).passage()).isEqualTo(target);
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-6));
        for (int i = 0; i < hits.size(); i++) {
            ScoredPassage hit = hits.get(i);
            double cosine = CosineSimilarity.between(query, CountingEmbeddingModel.vectorOf(hit.passage().retrievalText()));
            assertThat(hit.score()).isCloseTo(cosine, within(1e-6));
            if (i > 0) {
                assertThat(hit.score()).isLessThanOrEqualTo(hits.get(i - 1).score());
            }
        }
        assertThat(index.nearest(query, 0)).isEmpty();
    }

    @Test
    void keywordSearchRanksThePassageWithTheRareTermFirst() {
        index.refresh(List.of(HUAWEI, BUDGET, WEATHER), progress::add);

        List<ScoredPassage> hits = index.keyword(List.of("government", "chancellor"), 10);

        assertThat(hits).extracting(s -> s.passage().id())
                .startsWith("budget.md#2")
                .containsExactlyInAnyOrder("budget.md#2", "huawei.md#2", "huawei.md#4", "budget.md#3");
        assertThat(hits).allSatisfy(s -> assertThat(s.score()).isPositive());
        assertThat(hits).extracting(ScoredPassage::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(index.keyword(List.of("minister"), 10)).as("stemmed: minister finds Ministers")
                .extracting(s -> s.passage().id()).containsExactlyInAnyOrder("huawei.md#3", "budget.md#3");
        assertThat(index.keyword(List.of("government"), 1)).hasSize(1);
    }

    @Test
    void aWordInTheTextOutranksTheSameWordInTheSectionHeading() {
        ParsedDocument trade = new ParsedDocument("trade.md", "h1", "Trade", List.of(
                new Passage("trade.md#1", "trade.md", 1, "Trade", "section 1, paragraph 1", PassageKind.BODY,
                        "The tariff on steel was raised again."),
                new Passage("trade.md#2", "trade.md", 2, "Tariff", "section 2, paragraph 1", PassageKind.BODY,
                        "Talks about steel continued in Brussels.")));
        index.refresh(List.of(trade), progress::add);

        assertThat(index.keyword(List.of("tariff"), 5)).extracting(s -> s.passage().id())
                .containsExactly("trade.md#1", "trade.md#2");
    }

    @Test
    void keywordSearchSurvivesHostileInput() {
        index.refresh(List.of(HUAWEI, BUDGET), progress::add);

        List<String> hostile = Arrays.asList("\"AND OR NEAR( * -", "\"", "\"\"", "'", "NEAR(", "AND", "OR", "NOT", "*",
                "-", "(", ")", "^", "{text}:", "text:huawei\"", "col:", "", "   ", null, "\u0000", "huawei\"");

        List<ScoredPassage> hits = index.keyword(hostile, 10);

        assertThat(hits).extracting(s -> s.passage().id()).contains("huawei.md#2");
        assertThat(index.keyword(List.of("\"AND OR NEAR( * -"), 10)).isNotNull();
        assertThat(index.keyword(Arrays.asList("*", "-", "\"", "", null, "(", ")"), 10)).isEmpty();
        assertThat(index.keyword(List.of(), 10)).isEmpty();
    }

    @Test
    void passagesAreEmbeddedWithTheirSectionHeading() {
        ParsedDocument doc = new ParsedDocument("q.md", "h", "Q", List.of(
                new Passage("q.md#1", "q.md", 1, "", "headline", PassageKind.HEADLINE, "Q"),
                new Passage("q.md#2", "q.md", 2, "What are the concerns?", "section 1, paragraph 1", PassageKind.BODY,
                        "Security services warned about the risk.")));

        index.refresh(List.of(doc), progress::add);

        assertThat(model.embeddedTexts()).containsExactly("Q", "What are the concerns?\nSecurity services warned about the risk.");
    }

    @Test
    void reportsEmbeddingProgressInBatches() {
        ParsedDocument big = doc("big.md", "Long read", paragraphs(KnowledgeIndex.EMBEDDING_BATCH + 8, "Paragraph about trade"));

        index.refresh(List.of(big), progress::add);

        assertThat(progress).containsExactly("embedding 32/41 passages", "embedding 41/41 passages");
    }

    @Test
    void theGenerationChangesOnlyWhenThePassagesChange() {
        long empty = index.generation();
        index.refresh(List.of(HUAWEI), progress::add);
        long first = index.generation();
        index.refresh(List.of(HUAWEI), progress::add);
        long same = index.generation();
        index.refresh(List.of(HUAWEI, WEATHER), progress::add);

        assertThat(first).isNotEqualTo(empty);
        assertThat(same).isEqualTo(first);
        assertThat(index.generation()).isNotEqualTo(first);
    }

    @Test
    void searchesAreServedWhileARefreshTransactionIsOpen() throws Exception {
        index.refresh(List.of(HUAWEI, BUDGET), progress::add);
        List<Passage> before = index.all();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Object> writer = CompletableFuture.supplyAsync(() -> db.write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM embeddings");
                st.executeUpdate("DELETE FROM passages");
            }
            Meta.bumpGeneration(c);
            writing.countDown();
            await(finish);
            throw new IllegalStateException("refresh killed");
        }));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<List<ScoredPassage>> reads = CompletableFuture.supplyAsync(() -> {
            assertThat(index.all()).isEqualTo(before);
            assertThat(index.isEmpty()).isFalse();
            assertThat(index.keyword(List.of("chancellor"), 3)).isNotEmpty();
            return index.nearest(CountingEmbeddingModel.vectorOf("chancellor budget"), 3);
        });
        assertThat(reads.get(5, TimeUnit.SECONDS)).hasSize(3);

        finish.countDown();
        assertThatThrownBy(() -> writer.get(10, TimeUnit.SECONDS)).hasMessageContaining("refresh killed");
        assertThat(index.all()).isEqualTo(before);
    }

    @Test
    void anotherIndexOnTheSameFileServesWhatWasRefreshed() {
        index.refresh(List.of(HUAWEI), progress::add);
        List<Passage> before = index.all();
        db.close();

        db = Database.open(dir.resolve("storybot.db"));
        KnowledgeIndex reopened = new KnowledgeIndex(db, model, "fake-v1");

        assertThat(reopened.all()).isEqualTo(before);
        assertThat(reopened.nearest(CountingEmbeddingModel.vectorOf(before.get(1).retrievalText()), 1))
                .extracting(ScoredPassage::passage).containsExactly(before.get(1));
    }

    @Test
    void documentsSharingAPathAreRefused() {
        assertThatThrownBy(() -> index.refresh(List.of(HUAWEI, HUAWEI), progress::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("huawei.md");
        assertThat(model.count()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Passage passage(String id) {
        return index.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** A document: a headline passage, then one body passage per paragraph in section "Background". */
    static ParsedDocument doc(String path, String title, String... paragraphs) {
        List<Passage> passages = new ArrayList<>();
        passages.add(new Passage(Passage.idOf(path, 1), path, 1, "", "headline", PassageKind.HEADLINE, title));
        for (int i = 0; i < paragraphs.length; i++) {
            int ordinal = i + 2;
            passages.add(new Passage(Passage.idOf(path, ordinal), path, ordinal, "Background",
                    "section 1 \"Background\", paragraph " + (i + 1), PassageKind.BODY, paragraphs[i]));
        }
        String hash = Integer.toHexString((title + "\n" + String.join("\n", paragraphs)).hashCode());
        return new ParsedDocument(path, hash, title, passages);
    }

    private static String[] paragraphs(int n, String prefix) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + " number " + (i + 1) + ".";
        }
        return out;
    }
}
