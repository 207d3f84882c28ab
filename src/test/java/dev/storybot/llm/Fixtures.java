package dev.storybot.llm;

import dev.storybot.answer.Answerer;
import dev.storybot.answer.Citation;
import dev.storybot.answer.Draft;
import dev.storybot.answer.Evidence;
import dev.storybot.knowledge.Passage;
import dev.storybot.knowledge.PassageKind;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Hand-made passages from the story, evidence built from them, and a fallback answerer that counts its calls. */
final class Fixtures {

    static final String SOURCE = "huawei-5g-article.txt";
    static final String AGAINST = "Who was against Theresa May's decision?";

    static final Passage HUNT = passage(20, AGAINST, 1,
            "Foreign Secretary Jeremy Hunt and Home Secretary Sajid Javid are reportedly among those against the decision.");
    static final Passage WILLIAMSON = passage(21, AGAINST, 2,
            "Defence Secretary Gavin Williamson was another and he previously said he has \u201Cgrave concerns\u201D about "
                    + "opening the door to the Chinese tech giant.");
    static final Passage NSC = passage(2, "", 1,
            "Theresa May has reportedly given the go-ahead to Chinese telecoms giant Huawei to help build Britain\u2019s new "
                    + "5G network despite warnings of the potential threat to national security. The National Security "
                    + "Council (NSC), chaired by the Prime Minister, agreed on Tuesday to allow the firm limited access to "
                    + "build \u201Cnon-core\u201D infrastructure such as antennas, according to the Daily Telegraph. Several "
                    + "ministers were said to have raised concerns about the decision.");

    static final String QUESTION = "Who opposed the decision?";
    static final Path REPO_PROMPTS = Path.of("prompts");

    private Fixtures() {
    }

    static Passage passage(int ordinal, String section, int paragraph, String text) {
        String location = section.isEmpty() ? "paragraph " + ordinal : "section \"" + section + "\", paragraph " + paragraph;
        return new Passage(Passage.idOf(SOURCE, ordinal), SOURCE, ordinal, section, location, PassageKind.BODY, text);
    }

    /** Evidence listing {@code passages} best first (no corpus statistics: every word weighs the same). */
    static Evidence evidence(String question, Passage... passages) {
        List<Evidence.Hit> hits = new ArrayList<>();
        for (int i = 0; i < passages.length; i++) {
            hits.add(new Evidence.Hit(passages[i], 1.0 / (i + 1), 0.5, 1.0));
        }
        return new Evidence(question, List.of(), hits, null);
    }

    static Evidence evidence() {
        return evidence(QUESTION, HUNT, WILLIAMSON, NSC);
    }

    static Prompts prompts() {
        return Prompts.load(REPO_PROMPTS);
    }

    static Answerers.LlmConfig openAi(String baseUrl, String key, Duration timeout) {
        return new Answerers.LlmConfig(Answerers.OPENAI, baseUrl, key, "test-model", timeout, 300, 0.1);
    }

    static Answerers.LlmConfig ollama(String baseUrl, Duration timeout) {
        return new Answerers.LlmConfig(Answerers.OLLAMA, baseUrl, "", "test-model", timeout, 300, 0.1);
    }

    /** Stands in for the extractive answerer: a fixed cited draft marked "extractive". */
    static final class Fallback implements Answerer {
        static final String TEXT = "Foreign Secretary Jeremy Hunt and Home Secretary Sajid Javid are reportedly among "
                + "those against the decision. [1]";
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Draft answer(String question, Evidence evidence, Consumer<String> partial) {
            calls.incrementAndGet();
            Passage p = HUNT;
            return new Draft(TEXT, false, List.of(new Citation(1, p.source(), p.location(), p.text(), p.text())), "extractive");
        }
    }
}
