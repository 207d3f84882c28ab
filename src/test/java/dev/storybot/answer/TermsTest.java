package dev.storybot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermsTest {

    @Test
    void stemsPluralsAndVerbFormsTogether() {
        assertThat(Terms.stem("ministers")).isEqualTo(Terms.stem("minister"));
        assertThat(Terms.stem("opposed")).isEqualTo(Terms.stem("opposes"));
        assertThat(Terms.stem("tweeting")).isEqualTo(Terms.stem("tweeted"));
    }

    @Test
    void foldsAccentsAndPossessives() {
        assertThat(Terms.tokens("Huawei's café")).containsExactly("huawei", "cafe");
    }

    @Test
    void measuresEditDistanceWithTranspositions() {
        assertThat(Terms.distance("huwaei", "huawei", 2)).isEqualTo(1);
        assertThat(Terms.distance("minster", "minister", 2)).isEqualTo(1);
        assertThat(Terms.distance("price", "weather", 2)).isEqualTo(3);
    }

    @Test
    void derivesAcronymsFromCapitalisedNames() {
        assertThat(Terms.acronyms("A Department for Digital, Culture, Media and Sport spokeswoman"))
                .contains("dcms");
        assertThat(Terms.acronyms("the National Cyber Security Centre (NCSC)")).contains("ncsc");
    }

    @Test
    void keepsNonCoreApartFromCore() {
        assertThat(Terms.tokens("build “non-core” infrastructure")).containsExactly("build", "noncore", "infrastructure");
        assertThat(Terms.tokens("non core parts")).contains("noncore").doesNotContain("core");
    }

    @Test
    void splitsACamelCaseHashtagIntoItsWords() {
        assertThat(Terms.tokens("trust essential to #FiveEyes cooperation")).containsSubsequence("five", "eyes", "cooperation");
    }
}
