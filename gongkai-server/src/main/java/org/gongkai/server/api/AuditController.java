package org.gongkai.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.OptionalLong;
import org.gongkai.server.security.TokenAuthentication;
import org.gongkai.store.AuditEntry;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.workflow.Actor;
import org.gongkai.workflow.Role;
import org.gongkai.workflow.WorkflowException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hash-chained audit log: its entries for reviewers and administrators, its check for anyone. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "审计日志 (audit log)")
public class AuditController {

    public record Verification(boolean intact, long entries, Long firstBrokenSeq, String lastHash) {
    }

    private final JdbcAuditLog audit;

    public AuditController(JdbcAuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Every entry: who, when, what, before and after digests, hashes (reviewer, administrator)")
    public List<AuditEntry> entries() {
        Actor actor = TokenAuthentication.current();
        if (!actor.is(Role.ADMINISTRATOR) && !actor.is(Role.REVIEWER)) {
            throw WorkflowException.forbidden("the audit log is for reviewers and administrators");
        }
        return audit.entries();
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
