package uk.commissioning.grants.entity;

/** The two ways the 360Giving standard publishes grants. */
public enum ImportFormat {
    JSON,
    CSV
}
