package io.touchpoint.server.auth;

import io.touchpoint.core.TouchpointException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user is: each role grants a fixed set of {@link Permission}s, and for the roles that see
 * only part of the data ({@link #SUPERVISOR}, {@link #AGENT}) the user's {@link DataScope} says
 * which part.
 */
public enum Role {
    /** Everything, including users, tokens and unmasked PII. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Every interaction and every number, but masked PII, no audit log and no user admin. */
    ANALYST(EnumSet.of(Permission.AUTHENTICATED, Permission.READ_INTERACTIONS, Permission.READ_ANALYTICS,
            Permission.READ_CUSTOMERS, Permission.READ_DESKTOP, Permission.READ_SCORECARD, Permission.READ_ALERTS,
            Permission.REVIEW, Permission.LIVE_INGEST)),
    /** The interactions, numbers, alerts and reviews of the agents in their own teams. */
    SUPERVISOR(EnumSet.of(Permission.AUTHENTICATED, Permission.READ_INTERACTIONS, Permission.READ_ANALYTICS,
            Permission.READ_CUSTOMERS, Permission.READ_DESKTOP, Permission.READ_SCORECARD, Permission.READ_ALERTS,
            Permission.REVIEW, Permission.LIVE_INGEST)),
    /** Only their own interactions, scorecard and live agent-assist prompts. */
    AGENT(EnumSet.of(Permission.AUTHENTICATED, Permission.READ_INTERACTIONS, Permission.READ_SCORECARD, Permission.READ_DESKTOP,
            Permission.LIVE_INGEST, Permission.AGENT_ASSIST)),
    /** Reads the audit log, nothing else. */
    AUDITOR(EnumSet.of(Permission.AUTHENTICATED, Permission.READ_AUDIT));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** The role's name as the API and configuration write it: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws TouchpointException USER_ERROR naming the known roles when {@code text} is none
     */
    public static Role parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.name().equals(wanted)) {
                return role;
            }
        }
        throw TouchpointException.userError("unknown role '" + text + "'; use one of "
                + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", ")));
    }
}
