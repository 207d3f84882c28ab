package dev.storybot.answer;

import dev.storybot.knowledge.Passage;

/** A retrieved passage with a score whose meaning depends on who produced it (higher is better). */
public record ScoredPassage(Passage passage, double score) {
}
