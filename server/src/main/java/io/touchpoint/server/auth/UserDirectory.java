package io.touchpoint.server.auth;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.store.ModuleSchema;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users and API tokens, kept in the store's database in the server module's own tables: passwords
 * as PBKDF2 hashes, tokens as SHA-256 digests. Lookups of tokens are cached in memory (a token is
 * checked on every API call); the cache is dropped on any change.
 *
 * <pre>{@code
 * UserDirectory users = UserDirectory.open(store);
 * users.create(new User("sam", "Sam", Role.ANALYST, null, Set.of()), "a long password".toCharArray());
 * Optional<User> who = users.authenticate("sam", "a long password".toCharArray());
 * }</pre>
 */
public final class UserDirectory {

    /** The server module's schema: users, API tokens, alerts. */
    public static final ModuleSchema SCHEMA = ModuleSchema.fromResources("server", UserDirectory.class,
            "/db/server", "V1__users_tokens_alerts.sql");

    /** What {@link #createToken} hands out once: the secret and its public id. */
    public record IssuedToken(String tokenId, String secret, String username, String label) {
    }

    /** A token as listed (never with its secret). */
    public record TokenInfo(String tokenId, String username, String label, Instant createdAt, boolean revoked) {
    }

    private final TouchpointStore store;
    private final PasswordHasher hasher;
    private final ConcurrentHashMap<String, Optional<User>> tokenCache = new ConcurrentHashMap<>();
    /** Checked against when the username is unknown, so that costs as much as a wrong password. */
    private final String dummyHash;

    private UserDirectory(TouchpointStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
        this.dummyHash = hasher.hash("not-a-password".toCharArray());
    }

    /** Creates the server's tables in {@code store} when missing. */
    public static UserDirectory open(TouchpointStore store) {
        return open(store, new PasswordHasher());
    }

    public static UserDirectory open(TouchpointStore store, PasswordHasher hasher) {
        requireNonNull(store, "store is null");
        store.ensureSchema(SCHEMA);
        return new UserDirectory(store, requireNonNull(hasher, "hasher is null"));
    }

    /**
     * @throws TouchpointException USER_ERROR when the username is taken or the password too short
     */
    public User create(User user, char[] password) {
        requireNonNull(user, "user is null");
        try {
            PasswordHasher.checkPassword(password);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError("user " + user.username() + ": " + e.getMessage());
        }
        String hash = hasher.hash(password);
        store.transaction(connection -> {
            if (find(connection, user.username()).isPresent()) {
                throw TouchpointException.userError("user " + user.username() + " already exists");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO server_users VALUES (?, ?, ?, ?, ?, ?, ?, false)")) {
                insert.setString(1, user.username());
                insert.setString(2, user.displayName());
                insert.setString(3, user.role().id());
                insert.setString(4, user.agentId());
                insert.setString(5, String.join(",", user.teams()));
                insert.setString(6, hash);
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            return null;
        });
        tokenCache.clear();
        return user;
    }

    /** Changes a user's password. */
    public void setPassword(String username, char[] password) {
        try {
            PasswordHasher.checkPassword(password);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError("user " + username + ": " + e.getMessage());
        }
        String hash = hasher.hash(password);
        int changed = store.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE server_users SET password_hash = ? WHERE username = ?")) {
                update.setString(1, hash);
                update.setString(2, username);
                return update.executeUpdate();
            }
        });
        if (changed == 0) {
            throw TouchpointException.userError("no user " + username);
        }
    }

    /** Disables a user: their password, sessions and tokens stop working. */
    public void disable(String username) {
        int changed = store.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE server_users SET disabled = true WHERE username = ?")) {
                update.setString(1, username);
                return update.executeUpdate();
            }
        });
        if (changed == 0) {
            throw TouchpointException.userError("no user " + username);
        }
        tokenCache.clear();
    }

    /** The enabled user with this name. */
    public Optional<User> user(String username) {
        return read(connection -> find(connection, username).filter(row -> !row.disabled()).map(UserRow::user));
    }

    public List<User> users() {
        return read(connection -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM server_users WHERE NOT disabled ORDER BY username");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    users.add(row(rows).user());
                }
            }
            return users;
        });
    }

    public boolean isEmpty() {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM server_users");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 0;
            }
        });
    }

    /** The user when the name and password match an enabled user; slow on purpose (PBKDF2). */
    public Optional<User> authenticate(String username, char[] password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<UserRow> row = read(connection -> find(connection, username.strip()));
        if (row.isEmpty() || row.get().disabled()) {
            // Hash anyway so a wrong name takes as long as a wrong password.
            hasher.matches(password, dummyHash);
            return Optional.empty();
        }
        return hasher.matches(password, row.get().passwordHash()) ? Optional.of(row.get().user()) : Optional.empty();
    }

    /** A new API token for {@code username}; the secret is shown once and never stored. */
    public IssuedToken createToken(String username, String label) {
        if (user(username).isEmpty()) {
            throw TouchpointException.userError("no user " + username + " to create a token for");
        }
        String safeLabel = label == null || label.isBlank() ? "token" : label.strip();
        String secret = SecretTokens.newSecret("tp_");
        String tokenId = SecretTokens.digest(secret).substring(0, 12);
        store.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO server_api_tokens VALUES (?, ?, ?, ?, ?, NULL)")) {
                insert.setString(1, SecretTokens.digest(secret));
                insert.setString(2, tokenId);
                insert.setString(3, username);
                insert.setString(4, safeLabel);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            return null;
        });
        return new IssuedToken(tokenId, secret, username, safeLabel);
    }

    /** The enabled user a token belongs to, unless it is unknown or revoked. */
    public Optional<User> userOfToken(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String digest = SecretTokens.digest(secret.strip());
        return tokenCache.computeIfAbsent(digest, key -> read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT username FROM server_api_tokens WHERE token_hash = ? AND revoked_at IS NULL")) {
                query.setString(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return find(connection, rows.getString(1)).filter(row -> !row.disabled()).map(UserRow::user);
                }
            }
        }));
    }

    public List<TokenInfo> tokens(String username) {
        return read(connection -> {
            List<TokenInfo> tokens = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT token_id, username, label, created_at, revoked_at IS NOT NULL FROM server_api_tokens "
                            + "WHERE username = ? ORDER BY created_at")) {
                query.setString(1, username);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        tokens.add(new TokenInfo(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getTimestamp(4).toInstant(), rows.getBoolean(5)));
                    }
                }
            }
            return tokens;
        });
    }

    /** Revokes a token by its public id; false when there is no such live token. */
    public boolean revokeToken(String tokenId) {
        int changed = store.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE server_api_tokens SET revoked_at = ? WHERE token_id = ? AND revoked_at IS NULL")) {
                update.setTimestamp(1, Timestamp.from(Instant.now()));
                update.setString(2, tokenId);
                return update.executeUpdate();
            }
        });
        tokenCache.clear();
        return changed > 0;
    }

    // ------------------------------------------------------------------------------ rows

    private record UserRow(User user, String passwordHash, boolean disabled) {
    }

    private interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(Read<T> work) {
        try (Connection connection = store.openReader()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the users of " + store.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<UserRow> find(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM server_users WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    private static UserRow row(ResultSet rows) throws SQLException {
        String teams = rows.getString("teams");
        Set<String> teamSet = teams == null || teams.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(teams.split(",")));
        User user = new User(rows.getString("username"), rows.getString("display_name"),
                Role.parse(rows.getString("role")), rows.getString("agent_id"), teamSet);
        return new UserRow(user, rows.getString("password_hash"), rows.getBoolean("disabled"));
    }
}
