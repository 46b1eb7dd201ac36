package io.touchpoint.insights.kpi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What KPIs can be grouped by. Each dimension is a SQL expression over the engine's joined
 * interaction rows; its values are text ({@code null} where the interaction has none, such as a
 * chat without a queue).
 */
public enum KpiDimension {
    /** The channel's wire name: voice, chat, email, sms, social, web. */
    CHANNEL("channel", "b.channel"),
    /** inbound or outbound. */
    DIRECTION("direction", "b.direction"),
    QUEUE("queue", "b.queue"),
    AGENT("agent", "b.agent_id"),
    /** The agent's team from the agents table. */
    TEAM("team", "ag.team"),
    /** The top level of the contact reason ({@code Billing} of {@code Billing/Late fee}). */
    CATEGORY("category", "split_part(r.path, '/', 1)"),
    /** The full contact-reason path ({@code Billing/Late fee}). */
    CATEGORY_PATH("category_path", "r.path"),
    /** The UTC day the interaction started, {@code 2026-03-14}. */
    DAY("day", "strftime(b.started_at, '%Y-%m-%d')"),
    /** The Monday (ISO week, UTC) of the week the interaction started, {@code 2026-03-09}. */
    WEEK("week", "strftime(date_trunc('week', b.started_at), '%Y-%m-%d')"),
    /** The UTC month the interaction started, {@code 2026-03}. */
    MONTH("month", "strftime(b.started_at, '%Y-%m')");

    private final String wireName;
    private final String sql;

    KpiDimension(String wireName, String sql) {
        this.wireName = wireName;
        this.sql = sql;
    }

    /** The name users type and results carry: {@code queue}, {@code category_path}. */
    public String wireName() {
        return wireName;
    }

    String sql() {
        return sql;
    }

    /** The same expression over the fact table ({@code b} = insight_interaction_facts), which carries the reason. */
    String factsSql() {
        return sql.replace("r.path", "b.reason");
    }

    /** Every wire name, in declaration order, for error messages and help. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(KpiDimension::wireName).toList();
    }

    /**
     * Parses one dimension name (case-insensitive, {@code -} accepted for {@code _}).
     *
     * @throws IllegalArgumentException naming the allowed values for an unknown name
     */
    public static KpiDimension parse(String name) {
        requireNonNull(name, "dimension name is null");
        String normalized = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (KpiDimension dimension : values()) {
            if (dimension.wireName.equals(normalized)) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("unknown KPI dimension '" + name + "' (allowed: "
                + String.join(", ", wireNames()) + ")");
    }

    /** Parses a comma-separated list such as {@code queue,channel}; blank entries are skipped. */
    public static List<KpiDimension> parseList(String names) {
        requireNonNull(names, "dimension list is null");
        List<KpiDimension> parsed = new ArrayList<>();
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                parsed.add(parse(name));
            }
        }
        return List.copyOf(parsed);
    }

    @Override
    public String toString() {
        return wireName;
    }

    static String describe(List<KpiDimension> dimensions) {
        return dimensions.stream().map(KpiDimension::wireName).collect(Collectors.joining(","));
    }
}
