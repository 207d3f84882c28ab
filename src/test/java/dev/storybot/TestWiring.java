package dev.storybot;

/** Gives tests in other packages the production wiring ({@link Main#wire}), so that their app is the real one. */
public final class TestWiring {

    private TestWiring() {
    }

    public static App wire(Settings settings) {
        return Main.wire(settings);
    }
}
