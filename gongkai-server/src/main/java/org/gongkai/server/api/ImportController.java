package org.gongkai.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.Importers;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.server.security.TokenAuthentication;
import org.gongkai.workflow.Workflow;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A draft started from an uploaded file: the upload saved under a safe name in a folder of its own,
 * read by the importers, and gone again whatever happens. Kept apart from the JSON endpoints, as what
 * can go wrong with a file (its name, its type, what in it cannot be read) is its own concern.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "disclosures", description = "部门预算公开：编制、审核、公开 (prepare, review, publish)")
public class ImportController {

    private final Workflow workflow;
    private final Importers importers;

    public ImportController(Workflow workflow, Importers importers) {
        this.workflow = workflow;
        this.importers = importers;
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

    private static Actor actor() {
        return TokenAuthentication.current();
    }
}
