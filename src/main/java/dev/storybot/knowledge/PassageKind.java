package dev.storybot.knowledge;

/** What part of a document a passage is; captions never outrank body text. */
public enum PassageKind {
    /** The document's headline or title. */
    HEADLINE,
    /** A paragraph of the body (or part of a long one). */
    BODY,
    /** A photo caption ("... Credit: PA"). */
    CAPTION
}
