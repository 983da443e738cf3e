package uk.commissioning.grants.control;

import java.io.InputStream;

/** Trafford Council's voluntary sector grants (OGL v3.0), as published in 360Giving JSON and CSV. */
final class Trafford {

    static final int GRANTS = 555;

    private Trafford() {
    }

    static InputStream json() {
        return open("trafford_council_voluntary_sector_grants.json");
    }

    static InputStream csv() {
        return open("trafford_council_voluntary_sector_grants.csv");
    }

    private static InputStream open(String name) {
        InputStream in = Trafford.class.getResourceAsStream("/giving/" + name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the test resources");
        }
        return in;
    }
}
