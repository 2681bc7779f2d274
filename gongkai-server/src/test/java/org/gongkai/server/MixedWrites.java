package org.gongkai.server;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.testing.Documents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The writes of a bureau at its busiest, made by many clients at once against a running server,
 * with every write the server acknowledged kept so that it can be looked for afterwards (issue 14).
 *
 * <p>Each lane is one department's year: create the draft, save it many times (once racing a
 * second save from the same version, which must lose with 412), acknowledge the warnings, submit,
 * approve, publish, then ask twice at once for next year's draft (one wins, one is refused with 409)
 * and save that. Lanes run side by side, so creations, saves, submissions, approvals, publications
 * and next-year requests of different departments interleave.
 *
 * <p>{@link #verify} then reads everything back: every acknowledged creation is there, every
 * acknowledged save is the document's content or was followed by a later save, every acknowledged
 * step of the workflow is the disclosure's status or behind it, every version reads whole, every
 * published file matches its SHA-256, and the audit chain verifies.
 */
final class MixedWrites {

    static final String REGION = "310000";
    static final int SAVES_BEFORE_SUBMIT = 30;
    static final int SAVES_NEXT_YEAR = 4;
    private static final int NEXT_YEAR_SAVES_FROM = 1000;
    private static final Pattern MARKER = Pattern.compile("保存标记(\\d+)-(\\d+)");
    private static final List<String> STATUSES = List.of("draft", "submitted", "approved", "published");

    /** A write the server acknowledged (a 2xx answer): its kind, the disclosure and, for saves, which save. */
    record Ack(String kind, long disclosure, int lane, int save) {
    }

    private final String base;
    private final String tag;
    private final String preparer;
    private final String reviewer;
    private final String password;
    private final String template;

    final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final AtomicInteger writes = new AtomicInteger();

    /** {@code tag} names this run's departments and accounts, so that several runs share one database. */
    MixedWrites(String base, String tag) {
        this.base = base;
        this.tag = tag;
        this.preparer = "prep-" + tag;
        this.reviewer = "rev-" + tag;
        this.password = "secret-" + tag + "-password";
        this.template = WorkflowScenario.json(Documents.CZJ_CORRECTED);
    }

    /** The same run's acknowledged writes, against another server on the same data (after a restart). */
    MixedWrites on(String otherBase) {
        MixedWrites other = new MixedWrites(otherBase, tag);
        other.acks.addAll(acks);
        return other;
    }

    String department(int lane) {
        return tag.replace("-", "") + "d" + lane;
    }

    /** The region (once per database), a department per lane, one preparer for them all, one reviewer. */
    void setUp(String adminPassword, int lanes) {
        Api admin = new Api(base);
        expect(admin.login("admin", adminPassword), 200);
        int region = admin.post("/api/regions", Map.of("level", "province", "name", "上海市", "code", REGION)).status();
        if (region != 201 && region != 409) {
            throw new AssertionError("the region could not be created: " + region);
        }
        List<String> departments = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            expect(admin.post("/api/departments", Map.of("region", REGION, "code", department(lane),
                    "name", "测试部门" + tag + "-" + lane)), 201);
            departments.add(REGION + "/" + department(lane));
        }
        expect(admin.post("/api/users", Map.of("username", preparer, "role", "preparer", "departments", departments,
                "password", password)), 201);
        expect(admin.post("/api/users", Map.of("username", reviewer, "role", "reviewer", "region", REGION,
                "password", password)), 201);
    }

    /**
     * Runs the lanes side by side and waits for them. A lane that loses its server (a kill) stops
     * there; what it had acknowledged stays acknowledged.
     */
    void run(int lanes) throws InterruptedException {
        run(lanes, false);
    }

    /**
     * Runs the lanes; with {@code serverMayDie} (the kill tests) a lane whose connection is lost stops
     * there, otherwise a lost connection is a failure like a server error.
     */
    void run(int lanes, boolean serverMayDie) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            int l = lane;
            running.add(pool.submit(() -> {
                start.await();
                try {
                    lane(l);
                } catch (UncheckedIOException serverGone) {
                    if (!serverMayDie) {
                        throw serverGone;
                    }
                    // the server was killed under this lane: its acknowledged writes are kept above
                }
                return null;
            }));
        }
        start.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            throw new AssertionError("the lanes did not finish within 10 minutes");
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError("a lane failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private void lane(int lane) throws Exception {
        Api prep = new Api(base);
        expect(prep.login(preparer, password), 200);
        Api rev = new Api(base);
        expect(rev.login(reviewer, password), 200);

        Api.Reply created = write(prep.postJson("/api/disclosures?department=" + REGION + "/" + department(lane), template));
        expect(created, 201);
        long id = created.json().at("/disclosure/id").asLong();
        acks.add(new Ack("create", id, lane, 0));

        String document = template;
        Api.Reply last = created;
        String etag = created.header("etag");
        for (int save = 1; save <= SAVES_BEFORE_SUBMIT; save++) {
            last = save(prep, id, document, etag, lane, save);
            etag = last.header("etag");
        }
        // two saves from the same version at once: one is kept, the other is refused as stale
        String from = etag;
        List<Api.Reply> race = race(() -> write(prep.put("/api/disclosures/" + id + "/document",
                        withMarker(template, lane, SAVES_BEFORE_SUBMIT + 1), "If-Match", from)),
                () -> write(prep.put("/api/disclosures/" + id + "/document",
                        withMarker(template, lane, SAVES_BEFORE_SUBMIT + 2), "If-Match", from)));
        List<Integer> raced = race.stream().map(Api.Reply::status).sorted().toList();
        if (!raced.equals(List.of(200, 412))) {
            throw new AssertionError("two saves from one version answered " + raced + ", not one 200 and one 412: "
                    + race);
        }
        Api.Reply kept = race.get(0).status() == 200 ? race.get(0) : race.get(1);
        acks.add(new Ack("save", id, lane, race.get(0).status() == 200 ? SAVES_BEFORE_SUBMIT + 1 : SAVES_BEFORE_SUBMIT + 2));
        last = kept;

        List<Map<String, String>> answers = new ArrayList<>();
        for (JsonNode f : last.json().get("findings")) {
            if (f.get("severity").asString().equals("warning")) {
                answers.add(Map.of("rule", f.get("rule").asString(), "path", f.get("path").asString(),
                        "reason", "已核实"));
            }
        }
        if (!answers.isEmpty()) {
            expect(write(prep.post("/api/disclosures/" + id + "/acknowledgements", answers)), 200);
            acks.add(new Ack("acknowledge", id, lane, 0));
        }
        expect(write(prep.post("/api/disclosures/" + id + "/submit", null)), 200);
        acks.add(new Ack("submit", id, lane, 0));
        expect(write(rev.post("/api/disclosures/" + id + "/approve", Map.of("approvedOn", "2025-01-20"))), 200);
        acks.add(new Ack("approve", id, lane, 0));
        expect(write(rev.post("/api/disclosures/" + id + "/publish", null)), 200);
        acks.add(new Ack("publish", id, lane, 0));

        // next year asked for twice at once: one draft, and a conflict
        List<Api.Reply> next = race(() -> write(prep.post("/api/disclosures/" + id + "/next-year", null)),
                () -> write(prep.post("/api/disclosures/" + id + "/next-year", null)));
        List<Integer> asked = next.stream().map(Api.Reply::status).sorted().toList();
        if (!asked.equals(List.of(201, 409))) {
            throw new AssertionError("next year asked twice answered " + asked + ", not one 201 and one 409: " + next);
        }
        Api.Reply draft = next.get(0).status() == 201 ? next.get(0) : next.get(1);
        long nextId = draft.json().at("/disclosure/id").asLong();
        acks.add(new Ack("next-year", nextId, lane, 0));
        String nextDocument = prep.get("/api/disclosures/" + nextId + "/document").text();
        String nextTag = draft.header("etag");
        // numbered above the saves copied from this year, so that a lost save cannot hide behind the copy
        for (int save = NEXT_YEAR_SAVES_FROM; save < NEXT_YEAR_SAVES_FROM + SAVES_NEXT_YEAR; save++) {
            nextTag = save(prep, nextId, nextDocument, nextTag, lane, save).header("etag");
        }
    }

    private Api.Reply save(Api prep, long id, String document, String etag, int lane, int save) {
        Api.Reply saved = write(prep.put("/api/disclosures/" + id + "/document", withMarker(document, lane, save),
                "If-Match", etag));
        expect(saved, 200);
        acks.add(new Ack("save", id, lane, save));
        return saved;
    }

    private static String withMarker(String document, int lane, int save) {
        ObjectNode root = (ObjectNode) Api.JSON.readTree(document);
        root.put("otherMatters", "本部门无其他需要说明的事项（保存标记" + lane + "-" + save + "）。");
        return Api.JSON.writeValueAsString(root);
    }

    @SafeVarargs
    private static List<Api.Reply> race(Callable<Api.Reply>... requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (Callable<Api.Reply> r : requests) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return r.call();
                }));
            }
            go.countDown();
            List<Api.Reply> out = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                try {
                    out.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof UncheckedIOException gone) {
                        throw gone;
                    }
                    throw e;
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Api.Reply write(Api.Reply reply) {
        writes.incrementAndGet();
        statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
        return reply;
    }

    /** Answers of 500 and above, by status. */
    Map<Integer, Integer> serverErrors() {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(), (a, b) -> a, TreeMap::new));
    }

    /**
     * Everything acknowledged, read back through the API as the administrator; the list of what is
     * missing or wrong, empty when all is there. With {@code exact}, the audit log must also hold
     * exactly one entry per acknowledged write (no write was cut short, so none may be there
     * unacknowledged).
     */
    List<String> verify(String adminPassword, boolean exact) throws Exception {
        Api admin = new Api(base);
        expect(admin.login("admin", adminPassword), 200);
        List<String> wrong = new ArrayList<>();
        Map<Long, List<Ack>> byDisclosure = acks.stream().collect(Collectors.groupingBy(Ack::disclosure, TreeMap::new,
                Collectors.toList()));
        for (Map.Entry<Long, List<Ack>> e : byDisclosure.entrySet()) {
            verifyDisclosure(admin, e.getKey(), e.getValue(), wrong);
        }
        JsonNode chain = admin.get("/api/audit/verify").json();
        if (!chain.get("intact").asBoolean()) {
            wrong.add("the audit chain breaks at " + chain.get("firstBrokenSeq"));
        }
        if (exact) {
            JsonNode audit = admin.get("/api/audit").json();
            for (String kind : List.of("create", "save", "submit", "approve", "publish", "next-year")) {
                Pattern action = Pattern.compile(Pattern.quote(kind) + "( .*)?");
                long logged = 0;
                for (JsonNode entry : audit) {
                    String actor = entry.get("actor").asString();
                    if ((actor.equals(preparer) || actor.equals(reviewer))
                            && action.matcher(entry.get("action").asString()).matches()) {
                        logged++;
                    }
                }
                long acknowledged = acks.stream().filter(a -> a.kind().equals(kind)).count();
                if (logged != acknowledged) {
                    wrong.add("audit entries of " + kind + ": " + logged + ", acknowledged: " + acknowledged);
                }
            }
        }
        return wrong;
    }

    private void verifyDisclosure(Api admin, long id, List<Ack> done, List<String> wrong) throws Exception {
        Api.Reply view = admin.get("/api/disclosures/" + id);
        if (view.status() != 200) {
            wrong.add("disclosure " + id + " acknowledged (" + done.get(0).kind() + ") but not there: " + view);
            return;
        }
        String status = view.json().get("status").asString();
        int reached = STATUSES.indexOf(status);
        for (Ack a : done) {
            int needed = switch (a.kind()) {
                case "submit" -> 1;
                case "approve" -> 2;
                case "publish" -> 3;
                default -> 0;
            };
            if (reached < needed) {
                wrong.add("disclosure " + id + " is " + status + " after an acknowledged " + a.kind());
            }
        }
        int lastSave = done.stream().filter(a -> a.kind().equals("save")).mapToInt(Ack::save).max().orElse(0);
        Api.Reply document = admin.get("/api/disclosures/" + id + "/document?version=1");
        if (document.status() != 200) {
            wrong.add("disclosure " + id + " version 1 cannot be read: " + document);
            return;
        }
        JsonNode other = document.json().get("otherMatters");
        Matcher m = MARKER.matcher(other == null ? "" : other.asString());
        int found = m.find() ? Integer.parseInt(m.group(2)) : 0;
        if (found < lastSave) {
            wrong.add("disclosure " + id + " holds save " + found + " though save " + lastSave + " was acknowledged");
        }
        for (JsonNode v : admin.get("/api/disclosures/" + id + "/versions").json()) {
            int version = v.get("version").asInt();
            Api.Reply whole = admin.get("/api/disclosures/" + id + "/document?version=" + version);
            if (whole.status() != 200 || !whole.json().has("document")) {
                wrong.add("disclosure " + id + " version " + version + " does not read whole: " + whole);
            }
        }
        if (status.equals("published")) {
            JsonNode files = admin.get("/api/disclosures/" + id + "/files").json();
            if (files.size() == 0) {
                wrong.add("disclosure " + id + " is published without files");
            }
            for (JsonNode f : files) {
                String format = f.get("format").asString();
                Api.Reply file = admin.get("/api/disclosures/" + id + "/files/" + format);
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.bytes()));
                if (file.status() != 200 || !sha.equals(f.get("sha256").asString())) {
                    wrong.add("disclosure " + id + " " + format + ": " + file.status() + ", SHA-256 " + sha + " not "
                            + f.get("sha256").asString());
                }
            }
        }
    }

    private static void expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", got " + reply);
        }
    }
}
