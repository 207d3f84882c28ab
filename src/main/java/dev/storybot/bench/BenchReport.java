package dev.storybot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run, in sections, printable as labelled text with units or as one JSON
 * object. Not thread-safe: filled by one thread, then printed.
 */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LABEL_WIDTH = 46;

    private final Map<String, String> context = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();

    /** One line of a section. */
    private sealed interface Line permits Value, Timing, Text, Note {
    }

    /** A number with its unit, and an upper bound it should stay under when there is a target. */
    private record Value(String key, String label, double value, String unit, int decimals, Double target) implements Line {
    }

    /** A latency summary, with a target for its 95th percentile when there is one. */
    private record Timing(String key, String label, Latency latency, Double p95Target) implements Line {
    }

    private record Text(String key, String label, String value) implements Line {
    }

    private record Note(String text) implements Line {
    }

    /** A titled group of figures; {@code key} names it in the JSON output. */
    final class Section {
        private final String key;
        private final String title;
        private final List<Line> lines = new ArrayList<>();

        private Section(String key, String title) {
            this.key = key;
            this.title = title;
        }

        Section value(String key, String label, double value, String unit, int decimals) {
            lines.add(new Value(key, label, value, unit, decimals, null));
            return this;
        }

        Section value(String key, String label, double value, String unit, int decimals, double target) {
            lines.add(new Value(key, label, value, unit, decimals, target));
            return this;
        }

        Section timing(String key, String label, Latency latency) {
            lines.add(new Timing(key, label, latency, null));
            return this;
        }

        Section timing(String key, String label, Latency latency, double p95TargetMs) {
            lines.add(new Timing(key, label, latency, p95TargetMs));
            return this;
        }

        Section text(String key, String label, String value) {
            lines.add(new Text(key, label, value));
            return this;
        }

        Section note(String text) {
            lines.add(new Note(text));
            return this;
        }
    }

    /** Records a fact about the run (date, machine, question set) shown before the sections. */
    void context(String key, String value) {
        context.put(key, value);
    }

    /** Starts a new section; figures are added to it in order. */
    Section section(String key, String title) {
        Section s = new Section(key, title);
        sections.add(s);
        return s;
    }

    /** The report as labelled lines of text. */
    public String text() {
        StringBuilder out = new StringBuilder("storybot benchmark\n");
        context.forEach((k, v) -> out.append("  ").append(pad(k)).append(v).append('\n'));
        for (Section s : sections) {
            out.append('\n').append(s.title).append('\n');
            for (Line line : s.lines) {
                out.append("  ").append(render(line)).append('\n');
            }
        }
        return out.toString();
    }

    /** The report as one JSON object: {@code context}, then one object per section keyed by figure. */
    public ObjectNode json() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode ctx = root.putObject("context");
        context.forEach(ctx::put);
        for (Section s : sections) {
            ObjectNode o = root.putObject(s.key);
            o.put("title", s.title);
            List<String> notes = new ArrayList<>();
            for (Line line : s.lines) {
                if (line instanceof Value v) {
                    o.put(v.key(), Math.round(v.value() * 1000) / 1000.0);
                    if (v.target() != null) {
                        o.put(v.key() + "_target", v.target());
                    }
                } else if (line instanceof Timing t) {
                    ObjectNode l = o.putObject(t.key());
                    l.put("n", t.latency().count());
                    l.put("p50_ms", round(t.latency().p50Ms()));
                    l.put("p95_ms", round(t.latency().p95Ms()));
                    l.put("max_ms", round(t.latency().maxMs()));
                    l.put("mean_ms", round(t.latency().meanMs()));
                    if (t.p95Target() != null) {
                        l.put("p95_target_ms", t.p95Target());
                    }
                } else if (line instanceof Text t) {
                    o.put(t.key(), t.value());
                } else if (line instanceof Note n) {
                    notes.add(n.text());
                }
            }
            if (!notes.isEmpty()) {
                notes.forEach(o.putArray("notes")::add);
            }
        }
        return root;
    }

    private static String render(Line line) {
        if (line instanceof Value v) {
            return pad(v.label()) + number(v.value(), v.decimals()) + (v.unit().isEmpty() ? "" : " " + v.unit())
                    + (v.target() == null ? "" : verdict(v.value() <= v.target(), "≤ " + number(v.target(), 0) + " " + v.unit()));
        }
        if (line instanceof Timing t) {
            Latency l = t.latency();
            return pad(t.label()) + String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms, mean %.1f ms (n = %d)",
                    l.p50Ms(), l.p95Ms(), l.maxMs(), l.meanMs(), l.count())
                    + (t.p95Target() == null ? "" : verdict(l.p95Ms() <= t.p95Target(), "p95 ≤ " + number(t.p95Target(), 0) + " ms"));
        }
        if (line instanceof Text t) {
            return pad(t.label()) + t.value();
        }
        return "  (" + ((Note) line).text() + ")";
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    private static String verdict(boolean met, String target) {
        return "   [target " + target + ": " + (met ? "met" : "MISSED") + "]";
    }

    private static String number(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    private static String pad(String label) {
        return label.length() >= LABEL_WIDTH ? label + " " : label + " ".repeat(LABEL_WIDTH - label.length());
    }
}
