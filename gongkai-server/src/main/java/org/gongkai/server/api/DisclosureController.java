package org.gongkai.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.Importers;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.gongkai.server.security.TokenAuthentication;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.lifecycle.Actor;
import org.gongkai.workflow.Workflow;
import org.gongkai.lifecycle.WorkflowException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Disclosures: canonical JSON in and out, the rule catalogue's findings, the workflow steps and the
 * published files with their SHA-256. Who may do what is the workflow's decision.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "disclosures", description = "部门预算公开：编制、审核、公开 (prepare, review, publish)")
public class DisclosureController {

    private static final Logger LOG = LoggerFactory.getLogger(DisclosureController.class);

    /** A finding as the API shows it, with whether the preparer has acknowledged it. */
    public record FindingView(String rule, String category, String severity, String path, String subject,
            String message, String messageEn, String expected, String actual, String difference, boolean acknowledged) {
        static FindingView of(Finding f, Set<String> acknowledged) {
            return new FindingView(f.rule(), f.category().name().toLowerCase(Locale.ROOT),
                    f.severity().name().toLowerCase(Locale.ROOT), f.path(), f.subject(), f.message(), f.messageEn(),
                    text(f.expected()), text(f.actual()), text(f.difference()),
                    acknowledged.contains(Workflow.key(f.rule(), f.path())));
        }

        private static String text(org.gongkai.model.Amount a) {
            return a == null ? null : a.value().toPlainString() + " " + a.unit().symbol();
        }
    }

    public record CheckedView(Workflow.DisclosureView disclosure, long errors, long warnings, long infos,
            List<FindingView> findings) {
        static CheckedView of(Workflow.Checked c) {
            return of(c.disclosure(), c.findings(), c.acknowledged());
        }

        static CheckedView of(Workflow.DisclosureView d, List<Finding> findings, Set<String> acknowledged) {
            return new CheckedView(d, count(findings, "ERROR"), count(findings, "WARNING"), count(findings, "INFO"),
                    findings.stream().map(f -> FindingView.of(f, acknowledged)).toList());
        }

        private static long count(List<Finding> findings, String severity) {
            return findings.stream().filter(f -> f.severity().name().equals(severity)).count();
        }
    }

    public record Comment(String comment) {
    }

    public record Approval(LocalDate approvedOn) {
    }

    public record Correction(String changeNote, tools.jackson.databind.JsonNode document) {
    }

    public record Answer(String rule, String path, String reason) {
    }

    private final Workflow workflow;
    private final Importers importers;
    private final RuleCatalog catalog;
    private final CanonicalCodec codec;
    private final PublishDisclosure publish;

    public DisclosureController(Workflow workflow, Importers importers, RuleCatalog catalog, CanonicalCodec codec,
            PublishDisclosure publish) {
        this.workflow = workflow;
        this.importers = importers;
        this.catalog = catalog;
        this.codec = codec;
        this.publish = publish;
    }

    @GetMapping("/disclosures")
    @Operation(summary = "Search disclosures: text in the department, a project, an indicator or the statement")
    public List<Workflow.DisclosureView> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String region, @RequestParam(required = false) Integer year) {
        return workflow.search(actor(), q, region, year);
    }

    @PostMapping(path = "/disclosures", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a department's disclosure for a year from canonical JSON (draft version 1)")
    public ResponseEntity<CheckedView> create(@RequestParam String department, @RequestBody String canonicalJson) {
        Workflow.Checked created = workflow.create(actor(), department, canonicalJson);
        LOG.info("{} created disclosure {} ({})", actor().username(), created.disclosure().id(), department);
        return ResponseEntity.created(URI.create("/api/disclosures/" + created.disclosure().id()))
                .eTag(created.disclosure().etag()).body(CheckedView.of(created));
    }

    @PostMapping(path = "/disclosures/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start a draft from an uploaded .txt, .pdf, .xlsx, .yaml or .json file")
    public ResponseEntity<CheckedView> importFile(@RequestParam String department,
            @RequestPart("file") MultipartFile file) throws IOException {
        String name = uploadName(file.getOriginalFilename());
        // who may start a draft there is asked before the file is read: reading can take long
        workflow.requireMayCreate(actor(), department);
        Path folder = Files.createTempDirectory("gongkai-upload");
        Path saved = folder.resolve(name);
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, saved, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!importers.accepts(saved)) {
                throw new WorkflowException(WorkflowException.Kind.UNUSABLE_INPUT, name
                        + ": not a file type Gongkai reads (.txt, .pdf, .xlsx, .yaml, .json)", List.of(), java.util.Map.of());
            }
            ImportResult imported;
            try {
                imported = importers.read(saved);
            } catch (UnusableInputException e) {
                // named as the caller named the file, not by the server's temporary path
                throw new UnusableInputException(e.problems().stream().map(p -> new InputProblem(
                        p.file().replace(saved.toString(), name), p.line(), p.column(), p.pointer(),
                        p.message().replace(saved.toString(), name))).toList());
            }
            Workflow.Checked created = workflow.createFromImport(actor(), department, imported.disclosure(), name);
            return ResponseEntity.created(URI.create("/api/disclosures/" + created.disclosure().id()))
                    .eTag(created.disclosure().etag()).body(CheckedView.of(created));
        } finally {
            Files.deleteIfExists(saved);
            Files.deleteIfExists(folder);
        }
    }

    /**
     * The name an upload is saved under in its own temporary folder: the last part of the name sent
     * (after any / or \\), letters, digits, dot, dash and underscore only, no leading dots; "upload"
     * when nothing is left (a name such as "..", "" or one of control characters).
     */
    static String uploadName(String sent) {
        String last = sent == null ? "" : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        String safe = last.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceFirst("^[._]+", "");
        if (safe.length() > 200) {
            safe = safe.substring(safe.length() - 200);
        }
        return safe.isEmpty() ? "upload" : safe;
    }

    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check canonical JSON with the rule catalogue without saving it")
    public List<FindingView> validate(@RequestBody String canonicalJson) {
        Disclosure d = codec.read(canonicalJson, "request", CanonicalFormat.JSON);
        return catalog.check(d).stream().map(f -> FindingView.of(f, Set.of())).toList();
    }

    @GetMapping("/disclosures/{id}")
    public ResponseEntity<Workflow.DisclosureView> view(@PathVariable long id) {
        Workflow.DisclosureView v = workflow.view(actor(), id);
        return ResponseEntity.ok().eTag(v.etag()).body(v);
    }

    @GetMapping(path = "/disclosures/{id}/document", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The canonical JSON; its ETag is what a save sends as If-Match")
    public ResponseEntity<String> document(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Workflow.Document d = workflow.document(actor(), id, version);
        String tag = "\"" + d.etag() + "\"";
        if (tag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).build();
        }
        return ResponseEntity.ok().eTag(tag).cacheControl(CacheControl.noCache())
                .contentType(MediaType.APPLICATION_JSON).body(d.json());
    }

    @PutMapping(path = "/disclosures/{id}/document", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save the draft; If-Match must be the ETag read (412 with the changed places if not)")
    public ResponseEntity<CheckedView> save(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody String canonicalJson) {
        Workflow.Checked saved = workflow.save(actor(), id, ifMatch, canonicalJson);
        return ResponseEntity.ok().eTag(saved.disclosure().etag()).body(CheckedView.of(saved));
    }

    @GetMapping("/disclosures/{id}/findings")
    @Operation(summary = "What the rule catalogue finds in the latest version you may see")
    public CheckedView findings(@PathVariable long id) {
        return CheckedView.of(workflow.findings(actor(), id));
    }

    @GetMapping("/disclosures/{id}/acknowledgements")
    public List<Workflow.Acknowledgement> acknowledgements(@PathVariable long id) {
        return workflow.acknowledgements(actor(), id);
    }

    @PostMapping("/disclosures/{id}/acknowledgements")
    @Operation(summary = "Acknowledge warnings with a reason each (kept with the version)")
    public CheckedView acknowledge(@PathVariable long id, @RequestBody List<Answer> answers) {
        return CheckedView.of(workflow.acknowledge(actor(), id, answers == null ? null : answers.stream()
                .map(a -> a == null ? null : new Workflow.Acknowledgement(a.rule(), a.path(), a.reason(), null, null))
                .collect(java.util.stream.Collectors.toList())));
    }

    @PostMapping("/disclosures/{id}/submit")
    @Operation(summary = "Submit for review: no errors, every warning acknowledged")
    public Workflow.DisclosureView submit(@PathVariable long id) {
        return logged("submit", workflow.submit(actor(), id));
    }

    @PostMapping("/disclosures/{id}/return")
    @Operation(summary = "Return to the department with a comment (reviewer)")
    public Workflow.DisclosureView returnForChanges(@PathVariable long id, @RequestBody Comment comment) {
        return logged("return", workflow.returnForChanges(actor(), id, comment.comment()));
    }

    @PostMapping("/disclosures/{id}/approve")
    @Operation(summary = "Approve (reviewer); the approval date starts the 20-day publication deadline")
    public Workflow.DisclosureView approve(@PathVariable long id, @RequestBody(required = false) Approval approval) {
        return logged("approve", workflow.approve(actor(), id, approval == null ? null : approval.approvedOn()));
    }

    @PostMapping("/disclosures/{id}/publish")
    @Operation(summary = "Publish the approved version (reviewer): files rendered once, SHA-256 public")
    public Workflow.DisclosureView publish(@PathVariable long id) {
        return logged("publish", workflow.publish(actor(), id));
    }

    @PostMapping("/disclosures/{id}/correct")
    @Operation(summary = "Start a correction of the published disclosure: a new draft version with a change note")
    public ResponseEntity<CheckedView> correct(@PathVariable long id, @RequestBody Correction correction) {
        String json = correction.document() == null || correction.document().isNull() ? null
                : correction.document().toString();
        Workflow.Checked c = workflow.correct(actor(), id, correction.changeNote(), json);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(c.disclosure().etag()).body(CheckedView.of(c));
    }

    @PostMapping("/disclosures/{id}/next-year")
    @Operation(summary = "Start next year's draft from this year's published figures")
    public ResponseEntity<CheckedView> nextYear(@PathVariable long id) {
        Workflow.Checked c = workflow.startNextYear(actor(), id);
        return ResponseEntity.created(URI.create("/api/disclosures/" + c.disclosure().id())).eTag(c.disclosure().etag())
                .body(CheckedView.of(c));
    }

    @PostMapping("/disclosures/{id}/final-accounts")
    @Operation(summary = "Start the year's final accounts (决算) from this published budget: a draft beside the budget")
    public ResponseEntity<CheckedView> finalAccounts(@PathVariable long id) {
        Workflow.Checked c = workflow.startFinalAccounts(actor(), id);
        return ResponseEntity.created(URI.create("/api/disclosures/" + c.disclosure().id())).eTag(c.disclosure().etag())
                .body(CheckedView.of(c));
    }

    @GetMapping("/disclosures/{id}/versions")
    @Operation(summary = "The version history (the public sees the published versions and their change notes)")
    public List<Workflow.VersionView> versions(@PathVariable long id) {
        return workflow.versions(actor(), id);
    }

    @GetMapping("/disclosures/{id}/events")
    public List<Workflow.EventView> events(@PathVariable long id) {
        return workflow.events(actor(), id);
    }

    @GetMapping("/disclosures/{id}/files")
    @Operation(summary = "The published files with their SHA-256")
    public List<Workflow.FileView> files(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return workflow.files(actor(), id, version);
    }

    @GetMapping("/disclosures/{id}/files/{format}")
    @Operation(summary = "Download a published file (html, pdf, xlsx, opendata, json); X-Content-SHA256 gives its hash")
    public ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String format,
            @RequestParam(required = false) Integer version,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Workflow.FileContent f = workflow.file(actor(), id, version, format);
        String tag = "\"" + f.file().sha256() + "\"";
        if (tag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).build();
        }
        boolean inline = f.file().format().equals("html") || f.file().format().equals("json");
        return ResponseEntity.ok().eTag(tag).header("X-Content-SHA256", f.file().sha256())
                .contentType(MediaType.parseMediaType(f.file().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(f.file().fileName()).build().toString())
                .body(f.bytes());
    }

    @GetMapping("/disclosures/{id}/preview/{format}")
    @Operation(summary = "Render the latest version you may see, as it would be published (html, pdf, xlsx)")
    public ResponseEntity<byte[]> preview(@PathVariable long id, @PathVariable String format) {
        Workflow.Document d = workflow.document(actor(), id, null);
        Disclosure disclosure = codec.read(d.json(), "version " + d.version(), CanonicalFormat.JSON);
        return switch (format) {
            case "html" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                    .body(publish.html(disclosure));
            case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(publish.pdf(disclosure));
            case "xlsx" -> ResponseEntity.ok().contentType(MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).body(publish.xlsx(disclosure));
            default -> throw WorkflowException.notFound("no preview as " + format + " (html, pdf, xlsx)");
        };
    }

    private static Actor actor() {
        return TokenAuthentication.current();
    }

    private static Workflow.DisclosureView logged(String step, Workflow.DisclosureView v) {
        LOG.info("{}: disclosure {} version {} by {} -> {}", step, v.id(), v.version(), actor().username(), v.status());
        return v;
    }
}
