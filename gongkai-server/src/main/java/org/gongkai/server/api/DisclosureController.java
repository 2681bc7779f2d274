package org.gongkai.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.lifecycle.Actor;
import org.gongkai.model.Disclosure;
import org.gongkai.server.security.TokenAuthentication;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Disclosures as canonical JSON: search, start, read and save a draft, the rule catalogue's findings
 * and the answers to its warnings, the history of versions and steps. The lifecycle's steps are
 * {@link ReviewController}, uploads {@link ImportController}, the published files
 * {@link PublishedFilesController}. Who may do what is the workflow's decision.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "disclosures", description = "部门预算公开：编制、审核、公开 (prepare, review, publish)")
public class DisclosureController {

    private static final Logger LOG = LoggerFactory.getLogger(DisclosureController.class);

    public record Answer(String rule, String path, String reason) {
    }

    private final Workflow workflow;
    private final RuleCatalog catalog;
    private final CanonicalCodec codec;

    public DisclosureController(Workflow workflow, RuleCatalog catalog, CanonicalCodec codec) {
        this.workflow = workflow;
        this.catalog = catalog;
        this.codec = codec;
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

    @GetMapping("/disclosures/{id}/versions")
    @Operation(summary = "The version history (the public sees the published versions and their change notes)")
    public List<Workflow.VersionView> versions(@PathVariable long id) {
        return workflow.versions(actor(), id);
    }

    @GetMapping("/disclosures/{id}/events")
    public List<Workflow.EventView> events(@PathVariable long id) {
        return workflow.events(actor(), id);
    }

    private static Actor actor() {
        return TokenAuthentication.current();
    }
}
