package io.touchpoint.rules;

import java.util.Locale;

/** What a rule finds, and so which finding type it emits. */
public enum RuleType {
    /** A contact reason in the taxonomy; finding type {@code category}, name the path, label the pack. */
    CATEGORY("category"),
    /** Something that happened at a moment of the conversation; finding type {@code event}. */
    EVENT("event"),
    /** A breach of a required or prohibited practice; finding type {@code compliance}, label {@code violation}. */
    COMPLIANCE("compliance"),
    /** An agent behaviour checked on every applicable interaction; label {@code present} or {@code missing}. */
    BEHAVIOUR("behaviour");

    private final String findingType;

    RuleType(String findingType) {
        this.findingType = findingType;
    }

    /** The {@code Finding.type()} of this rule type's findings. */
    public String findingType() {
        return findingType;
    }

    /** Parses a type as written in YAML; "behavior" is accepted too. */
    public static RuleType parse(String value) {
        String normalized = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "category" -> CATEGORY;
            case "event" -> EVENT;
            case "compliance" -> COMPLIANCE;
            case "behaviour", "behavior" -> BEHAVIOUR;
            default -> throw new IllegalArgumentException("unknown rule type '" + value
                    + "' (expected category, event, compliance or behaviour)");
        };
    }
}
