package dev.storybot.discord;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void escapesInlineMarkdownMarkersSoUserTextShowsLiterally() {
        assertThat(Text.escape("**bold** _it_ ~~s~~ `code` ||spoiler|| a > b # c - d"))
                .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| a > b # c - d");
    }

    @Test
    void escapesHeadersListsAndQuotesAtTheStartOfALine() {
        assertThat(Text.escape("# Head\n- item\n> quote\n  -# small\nco-founder"))
                .isEqualTo("\\# Head\n\\- item\n\\> quote\n  \\-# small\nco-founder");
    }

    @Test
    void escapesBackslashesFirstSoAnEscapeCannotBeUndone() {
        assertThat(Text.escape("\\*")).isEqualTo("\\\\\\*");
    }

    @Test
    void neutralisesMentionsOfEveryoneHereRolesUsersAndChannels() {
        String escaped = Text.escape("@everyone @here <@123> <@&456> <#789>");
        assertThat(escaped).doesNotContain("@everyone").doesNotContain("@here")
                .contains("@\u200Beveryone").contains("@\u200Bhere")
                .contains("\\<@123>").contains("\\<@&456>").contains("\\<#789>");
    }

    @Test
    void breaksMaskedLinksButKeepsCitationMarkers() {
        assertThat(Text.escape("see [1] and [click](https://example.com)"))
                .isEqualTo("see [1] and [click]\\(https://example.com)");
    }

    @Test
    void fitsLongTextWithAnEllipsisAtAWordBoundary() {
        String text = "word ".repeat(100);
        String fitted = Text.fit(text, 52);
        assertThat(fitted).hasSizeLessThanOrEqualTo(52).endsWith("word" + Text.ELLIPSIS);
        assertThat(Text.fit("short", 52)).isEqualTo("short");
    }

    @Test
    void neverCutsASurrogatePairOrLeavesADanglingEscape() {
        String emoji = "\uD83D\uDC4D".repeat(10);
        String fitted = Text.fit(emoji, 6);
        assertThat(fitted).hasSizeLessThanOrEqualTo(6);
        assertThat(Character.isHighSurrogate(fitted.charAt(fitted.length() - 2))).isFalse();

        String escaped = Text.escape("x".repeat(9) + "*" + "y".repeat(20));
        String cut = Text.fit(escaped, 11);
        assertThat(cut).hasSizeLessThanOrEqualTo(11).doesNotEndWith("\\" + Text.ELLIPSIS);
    }

    @Test
    void collapsesWhitespaceToOneLine() {
        assertThat(Text.oneLine("  a\n\tb   c ")).isEqualTo("a b c");
    }
}
