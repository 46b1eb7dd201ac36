package io.touchpoint.server.dashboard;

import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.User;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's pages as the navigation lists them, each with the permission its route requires,
 * so that the navigation shows a user exactly the pages they may open.
 */
enum Section {
    OVERVIEW("/overview", "Overview", Permission.READ_ANALYTICS),
    TAXONOMY("/taxonomy", "Contact reasons", Permission.READ_ANALYTICS),
    INTERACTIONS("/interactions", "Interactions", Permission.READ_INTERACTIONS),
    SEARCH("/search", "Search", Permission.READ_INTERACTIONS),
    CUSTOMERS("/customers", "Journeys", Permission.READ_CUSTOMERS),
    AGENTS("/agents", "Agents", Permission.READ_SCORECARD),
    OPPORTUNITIES("/opportunities", "Opportunities", Permission.READ_ANALYTICS),
    TRENDS("/trends", "Trends", Permission.READ_ANALYTICS),
    PROCESSES("/processes", "Processes", Permission.READ_ANALYTICS),
    ALERTS("/alerts", "Alerts", Permission.READ_ALERTS),
    AUDIT("/audit", "Audit log", Permission.READ_AUDIT);

    private final String path;
    private final String label;
    private final Permission permission;

    Section(String path, String label, Permission permission) {
        this.path = path;
        this.label = label;
        this.permission = permission;
    }

    String path() {
        return path;
    }

    String label() {
        return label;
    }

    Permission permission() {
        return permission;
    }

    boolean visibleTo(User user) {
        return user.can(permission);
    }

    static List<Section> visibleSections(User user) {
        return Arrays.stream(values()).filter(section -> section.visibleTo(user)).toList();
    }

    /** Where a user lands after signing in: the first page they may open. */
    static Optional<Section> home(User user) {
        return visibleSections(user).stream().findFirst();
    }
}
