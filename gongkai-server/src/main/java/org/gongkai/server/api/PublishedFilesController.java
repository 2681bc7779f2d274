package org.gongkai.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.server.security.TokenAuthentication;
import org.gongkai.workflow.Workflow;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files of published versions as they were stored, with their SHA-256 as entity tag and header,
 * and the preview of the latest version one may see rendered as it would be published.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "disclosures", description = "部门预算公开：编制、审核、公开 (prepare, review, publish)")
public class PublishedFilesController {

    private final Workflow workflow;
    private final CanonicalCodec codec;
    private final PublishDisclosure publish;

    public PublishedFilesController(Workflow workflow, CanonicalCodec codec, PublishDisclosure publish) {
        this.workflow = workflow;
        this.codec = codec;
        this.publish = publish;
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
}
