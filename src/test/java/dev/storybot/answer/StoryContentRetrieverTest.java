package dev.storybot.answer;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryContentRetrieverTest {

    @Test
    void returnsVerbatimPassagesWithTheirSourceAndLocationBestFirst() {
        var retriever = new StoryContentRetriever(new Retriever(StoryFixture.INDEX, StoryFixture.MODEL), 3);
        List<Content> contents = retriever.retrieve(Query.from("Where is CYBERUK taking place?"));
        assertThat(contents).hasSize(3);
        var first = contents.get(0).textSegment();
        assertThat(first.text()).contains("CYBERUK in Glasgow");
        assertThat(first.metadata().getString("source")).isEqualTo("huawei-5g-article.txt");
        assertThat(first.metadata().getString("location")).contains("paragraph");
        assertThat(StoryFixture.PASSAGES).anySatisfy(p -> assertThat(p.text()).isEqualTo(first.text()));
    }
}
