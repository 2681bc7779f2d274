package org.gongkai.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Departments;
import org.gongkai.workflow.Accounts.User;
import org.gongkai.workflow.Directory.RegionView;

/**
 * The accounts' repositories in memory: users, sessions and tokens, login failures, the audit
 * trail, and a fixed set of regions and departments for new accounts to name.
 */
final class InMemoryAccounts implements Users, Tokens, LoginFailures, AuditTrail {

    /** An audit entry as appended. */
    record Entry(String actor, String action, String subject) {
    }

    private record Stored(User user, String passwordHash, Long regionId) {
    }

    private record Session(long userId, Instant expiresAt) {
    }

    private record Failure(String username, String address, Instant at) {
    }

    final List<Entry> entries = new ArrayList<>();
    private final Map<Long, Stored> users = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Long> tokens = new HashMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, Long> regionIds = new HashMap<>();
    private final Map<String, Long> departmentIds = new HashMap<>();

    InMemoryAccounts region(String code, long id) {
        regionIds.put(code, id);
        return this;
    }

    InMemoryAccounts department(String key, long id) {
        departmentIds.put(key, id);
        return this;
    }

    int sessions() {
        return sessions.size();
    }

    int failures() {
        return failures.size();
    }

    Accounts accounts(PasswordHasher hasher, java.time.Clock clock) {
        InMemoryRepositories.Immediate transactions = new InMemoryRepositories.Immediate();
        UserAdministration administration = new UserAdministration(transactions, this, regions(), departments(), this,
                hasher, clock);
        return new Accounts(transactions, this, this, this, this, administration, hasher, clock);
    }

    // ------------------------------------------------------------------ users

    @Override
    public long count() {
        return users.size();
    }

    @Override
    public Optional<Credentials> credentials(String username) {
        return users.values().stream().filter(s -> s.user().username().equals(username)).findFirst()
                .map(s -> new Credentials(s.user().id(), s.passwordHash(), s.user().disabled()));
    }

    @Override
    public Optional<Actor> actor(long userId) {
        return Optional.ofNullable(users.get(userId)).filter(s -> !s.user().disabled()).map(s -> new Actor(userId,
                s.user().username(), s.user().role(), s.regionId(), s.user().departmentIds()));
    }

    @Override
    public boolean exists(String username) {
        return credentials(username).isPresent();
    }

    @Override
    public User add(NewUser user) {
        long id = users.size() + 1;
        String regionCode = regionIds.entrySet().stream().filter(e -> e.getValue().equals(user.regionId()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        User added = new User(id, user.username(), user.displayName(), user.role(), regionCode, user.departmentIds(),
                false);
        users.put(id, new Stored(added, user.passwordHash(), user.regionId()));
        return added;
    }

    @Override
    public List<User> all() {
        return users.values().stream().map(Stored::user).sorted(Comparator.comparing(User::username)).toList();
    }

    // ------------------------------------------------------------------ tokens

    @Override
    public void openSession(String digest, long userId, Instant createdAt, Instant expiresAt) {
        sessions.put(digest, new Session(userId, expiresAt));
    }

    @Override
    public Optional<Long> sessionUser(String digest, Instant now) {
        return Optional.ofNullable(sessions.get(digest)).filter(s -> s.expiresAt().isAfter(now)).map(Session::userId);
    }

    @Override
    public void closeSession(String digest) {
        sessions.remove(digest);
    }

    @Override
    public void dropExpiredSessions(Instant now) {
        sessions.values().removeIf(s -> s.expiresAt().isBefore(now));
    }

    @Override
    public void issue(String digest, long userId, String name, Instant createdAt) {
        tokens.put(digest, userId);
    }

    @Override
    public Optional<Long> tokenUser(String digest) {
        return Optional.ofNullable(tokens.get(digest));
    }

    // ------------------------------------------------------------------ failures

    @Override
    public Tally since(String username, String address, Instant since) {
        return tally(failures.stream().filter(f -> f.username().equals(username) && f.address().equals(address)
                && f.at().isAfter(since)).toList());
    }

    @Override
    public Tally since(String address, Instant since) {
        return tally(failures.stream().filter(f -> f.address().equals(address) && f.at().isAfter(since)).toList());
    }

    @Override
    public void record(String username, String address, Instant at) {
        failures.add(new Failure(username, address, at));
    }

    @Override
    public void forgetBefore(Instant before) {
        failures.removeIf(f -> f.at().isBefore(before));
    }

    private static Tally tally(List<Failure> found) {
        return new Tally(found.size(), found.stream().map(Failure::at).min(Comparator.naturalOrder()));
    }

    // ------------------------------------------------------------------ audit, regions, departments

    @Override
    public void append(String actor, String action, String subject, String beforeDigest, String afterDigest) {
        entries.add(new Entry(actor, action, subject));
    }

    private Regions regions() {
        return new Regions() {
            @Override
            public List<RegionView> all() {
                return List.of();
            }

            @Override
            public Optional<Long> idOf(String code) {
                return Optional.ofNullable(regionIds.get(code));
            }

            @Override
            public java.util.Set<String> codesWithin(long regionId) {
                throw new UnsupportedOperationException("accounts do not ask for the regions below one");
            }

            @Override
            public void add(RegionView region, Long parentId) {
                throw new UnsupportedOperationException("accounts add no region");
            }
        };
    }

    private Departments departments() {
        return new Departments() {
            @Override
            public Optional<Long> idOf(String key) {
                return Optional.ofNullable(departmentIds.get(key));
            }

            @Override
            public void lock(long departmentId) {
                throw new UnsupportedOperationException("accounts start no disclosure");
            }
        };
    }
}
