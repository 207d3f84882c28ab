package dev.storybot.index;

import dev.storybot.knowledge.ParsedDocument;
import dev.storybot.knowledge.Passage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a refresh has to do, decided by comparing the parsed documents with the indexed ones by
 * content hash.
 *
 * @param added      documents not indexed yet
 * @param changed    indexed documents whose hash differs
 * @param removed    paths of indexed documents that are no longer given
 * @param unchanged  documents whose hash is the same
 * @param rebuild    whether everything is re-embedded (the embedding model changed)
 * @param generation the index generation the plan was made against
 */
record RefreshPlan(List<ParsedDocument> added, List<ParsedDocument> changed, List<String> removed,
                   List<ParsedDocument> unchanged, boolean rebuild, long generation) {

    RefreshPlan {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        unchanged = List.copyOf(unchanged);
    }

    /**
     * @param indexed     content hash of each indexed document, by path
     * @param storedModel the model the index was embedded with, or null
     * @throws IllegalArgumentException when two documents share a path or two passages share an id
     */
    static RefreshPlan of(List<ParsedDocument> docs, Map<String, String> indexed, String storedModel,
                          String modelName, long generation) {
        checkUnique(docs);
        List<ParsedDocument> added = new ArrayList<>();
        List<ParsedDocument> changed = new ArrayList<>();
        List<ParsedDocument> unchanged = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (ParsedDocument doc : docs) {
            given.add(doc.path());
            String hash = indexed.get(doc.path());
            if (hash == null) {
                added.add(doc);
            } else if (!hash.equals(doc.hash())) {
                changed.add(doc);
            } else {
                unchanged.add(doc);
            }
        }
        List<String> removed = indexed.keySet().stream().filter(path -> !given.contains(path)).toList();
        boolean rebuild = !indexed.isEmpty() && !modelName.equals(storedModel);
        return new RefreshPlan(added, changed, removed, unchanged, rebuild, generation);
    }

    /** Documents whose passages must be embedded and written. */
    List<ParsedDocument> toWrite() {
        List<ParsedDocument> docs = new ArrayList<>(added);
        docs.addAll(changed);
        if (rebuild) {
            docs.addAll(unchanged);
        }
        return docs;
    }

    /** Passages to embed, in the order of {@link #toWrite()}. */
    List<Passage> passagesToEmbed() {
        return toWrite().stream().flatMap(d -> d.passages().stream()).toList();
    }

    /** Paths of indexed documents whose rows must go before the new ones are written. */
    Set<String> toDelete() {
        Set<String> paths = new LinkedHashSet<>(removed);
        changed.forEach(d -> paths.add(d.path()));
        if (rebuild) {
            unchanged.forEach(d -> paths.add(d.path()));
        }
        return paths;
    }

    boolean changesAnything() {
        return rebuild || !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
    }

    private static void checkUnique(List<ParsedDocument> docs) {
        Set<String> paths = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (ParsedDocument doc : docs) {
            if (!paths.add(doc.path())) {
                throw new IllegalArgumentException("two documents have the path " + doc.path());
            }
            for (Passage p : doc.passages()) {
                if (!ids.add(p.id())) {
                    throw new IllegalArgumentException("two passages have the id " + p.id());
                }
            }
        }
    }
}
