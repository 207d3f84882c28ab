package dev.storybot.index;

import java.util.List;

/**
 * What a refresh of the knowledge index did.
 *
 * @param added           paths of documents that were new
 * @param changed         paths of documents whose content changed (re-embedded)
 * @param removed         paths of documents no longer present (dropped from the index)
 * @param unchanged       number of documents whose content was unchanged (re-embedded only when {@code rebuilt})
 * @param passagesAdded   passages embedded and stored
 * @param passagesRemoved passages dropped (including old versions of changed documents)
 * @param rebuilt         whether every document was re-embedded because the embedding model changed
 * @param durationMs      wall-clock duration of the refresh
 */
public record RefreshReport(List<String> added, List<String> changed, List<String> removed, int unchanged,
                            int passagesAdded, int passagesRemoved, boolean rebuilt, long durationMs) {

    public RefreshReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        if (unchanged < 0 || passagesAdded < 0 || passagesRemoved < 0 || durationMs < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Whether the index changed at all. */
    public boolean changedAnything() {
        return rebuilt || !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
    }

    /** One line for people, e.g. {@code 1 added, 0 changed, 0 removed, 2 unchanged; 45 passages added, 0 removed}. */
    public String summary() {
        return (rebuilt ? "rebuilt for a new embedding model (every document re-embedded): " : "")
                + added.size() + " added, " + changed.size() + " changed, " + removed.size() + " removed, "
                + unchanged + " unchanged; " + passagesAdded + " passages added, " + passagesRemoved + " removed";
    }
}
