package org.gongkai.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.server.security.TokenAuthentication;
import org.gongkai.workflow.Accounts;
import org.gongkai.workflow.Directory;
import org.gongkai.lifecycle.Role;
import org.gongkai.workflow.Workflow;
import org.gongkai.lifecycle.WorkflowException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Regions, departments, deadlines and accounts. */
@RestController
@RequestMapping("/api")
@Tag(name = "directory", description = "地区、部门、公开时限与账户 (regions, departments, deadlines, accounts)")
public class DirectoryController {

    public record NewRegion(String parent, String level, String name, String code) {
    }

    public record NewDepartment(String region, String code, String name, String nature, String budgetLevel) {
    }

    public record NewUser(String username, String displayName, String role, String region, List<String> departments,
            String password) {
    }

    private final Directory directory;
    private final Accounts accounts;
    private final Workflow workflow;

    public DirectoryController(Directory directory, Accounts accounts, Workflow workflow) {
        this.directory = directory;
        this.accounts = accounts;
        this.workflow = workflow;
    }

    @GetMapping("/regions")
    @Operation(summary = "Every region, each with its parent's code (a tree)")
    public List<Directory.RegionView> regions() {
        return directory.regions();
    }

    @GetMapping("/regions/{code}")
    public Directory.RegionView region(@PathVariable String code) {
        return directory.region(code).orElseThrow(() -> WorkflowException.notFound("no region " + code));
    }

    @PostMapping("/regions")
    @Operation(summary = "Add a region (administrator)")
    public ResponseEntity<Directory.RegionView> createRegion(@RequestBody NewRegion r) {
        Directory.RegionView created = directory.createRegion(TokenAuthentication.current(), r.parent(), r.level(),
                r.name(), r.code());
        return ResponseEntity.created(URI.create("/api/regions/" + created.code())).body(created);
    }

    @GetMapping("/regions/{code}/departments")
    @Operation(summary = "The departments of a region and the regions below it")
    public List<Directory.DepartmentView> regionDepartments(@PathVariable String code) {
        return directory.departments(code);
    }

    @GetMapping("/regions/{code}/deadlines")
    @Operation(summary = "Each department's standing for a year: published on time, late, due, overdue, missing")
    public List<Workflow.DeadlineRow> deadlines(@PathVariable String code, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String standing, @RequestParam(required = false) String kind) {
        int y = year == null ? LocalDate.now(Workflow.ZONE).getYear() : year;
        List<Workflow.DeadlineRow> rows = workflow.deadlines(TokenAuthentication.current(), code, y,
                org.gongkai.server.pages.Kinds.of(kind));
        if (standing == null || standing.isBlank()) {
            return rows;
        }
        List<String> wanted = List.of(standing.split(","));
        return rows.stream().filter(r -> wanted.contains(r.standing())).toList();
    }

    @GetMapping("/departments")
    public List<Directory.DepartmentView> departments(@RequestParam(required = false) String region) {
        return directory.departments(region);
    }

    @PostMapping("/departments")
    @Operation(summary = "Add a department (administrator)")
    public ResponseEntity<Directory.DepartmentView> createDepartment(@RequestBody NewDepartment d) {
        Directory.DepartmentView created = directory.createDepartment(TokenAuthentication.current(), d.region(),
                d.code(), d.name(), d.nature(), d.budgetLevel());
        return ResponseEntity.created(URI.create("/api/departments/" + created.key())).body(created);
    }

    @GetMapping("/users")
    @Operation(summary = "Every account (administrator)")
    public List<Accounts.User> users() {
        if (!TokenAuthentication.current().is(Role.ADMINISTRATOR)) {
            throw WorkflowException.forbidden("only an administrator lists accounts");
        }
        return accounts.users();
    }

    @PostMapping("/users")
    @Operation(summary = "Add an account (administrator)")
    public ResponseEntity<Accounts.User> createUser(@RequestBody NewUser u) {
        Role role = u.role() == null ? null : Role.ofCode(u.role());
        Accounts.User created = accounts.create(TokenAuthentication.current(), u.username(), u.displayName(), role,
                u.region(), u.departments(), u.password());
        return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
    }
}
