package org.gongkai.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.OptionalLong;
import org.gongkai.server.security.TokenAuthentication;
import org.gongkai.store.AuditEntry;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.workflow.AuditAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hash-chained audit log: its entries for reviewers (of their region) and administrators, its check for anyone. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "审计日志 (audit log)")
public class AuditController {

    public record Verification(boolean intact, long entries, Long firstBrokenSeq, String lastHash) {
    }

    private final JdbcAuditLog audit;
    private final AuditAccess access;

    public AuditController(JdbcAuditLog audit, AuditAccess access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Entries: who, when, what, before and after digests, hashes (administrators all; "
            + "a reviewer those of their region and below)")
    public List<AuditEntry> entries() {
        return access.entries(TokenAuthentication.current());
    }

    @GetMapping("/verify")
    @Operation(summary = "Walk the hash chain from the start: intact, or the first entry that breaks it")
    public Verification verify() {
        List<AuditEntry> entries = audit.entries();
        OptionalLong broken = audit.verify();
        return new Verification(broken.isEmpty(), entries.size(), broken.isPresent() ? broken.getAsLong() : null,
                entries.isEmpty() ? null : entries.get(entries.size() - 1).hash());
    }
}
