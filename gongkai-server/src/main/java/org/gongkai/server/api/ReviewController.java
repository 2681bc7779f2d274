package org.gongkai.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.gongkai.lifecycle.Actor;
import org.gongkai.server.security.TokenAuthentication;
import org.gongkai.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a disclosure's lifecycle: submit, return, approve, publish, and the disclosures that
 * start from a published one (a correction, next year's budget, the year's 决算). Each step is logged.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "disclosures", description = "部门预算公开：编制、审核、公开 (prepare, review, publish)")
public class ReviewController {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewController.class);

    public record Comment(String comment) {
    }

    public record Approval(LocalDate approvedOn) {
    }

    public record Correction(String changeNote, tools.jackson.databind.JsonNode document) {
    }

    private final Workflow workflow;

    public ReviewController(Workflow workflow) {
        this.workflow = workflow;
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

    private static Actor actor() {
        return TokenAuthentication.current();
    }

    private static Workflow.DisclosureView logged(String step, Workflow.DisclosureView v) {
        LOG.info("{}: disclosure {} version {} by {} -> {}", step, v.id(), v.version(), actor().username(), v.status());
        return v;
    }
}
