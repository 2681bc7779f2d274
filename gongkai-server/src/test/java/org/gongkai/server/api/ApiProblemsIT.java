package org.gongkai.server.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.Importers;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.StoreException;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.workflow.Accounts;
import org.gongkai.workflow.Directory;
import org.gongkai.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The API's error mapping, with the use cases replaced: each refusal of the workflow, each bad
 * request and each failure comes out as problem+json with its HTTP status, its stable type and, where
 * fields are at fault, the list of problems. The security filters are left out: who may act is the
 * workflow's decision, replaced here by the refusal it would make.
 */
@WebMvcTest(controllers = {DisclosureController.class, ReviewController.class, DirectoryController.class})
@AutoConfigureMockMvc(addFilters = false)
class ApiProblemsIT {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Workflow workflow;
    @MockitoBean
    private Directory directory;
    @MockitoBean
    private Accounts accounts;
    @MockitoBean
    private Importers importers;
    @MockitoBean
    private RuleCatalog catalog;
    @MockitoBean
    private CanonicalCodec codec;
    @MockitoBean
    private PublishDisclosure publish;

    private ResultActions submit() throws Exception {
        return mvc.perform(post("/api/disclosures/7/submit").accept(MediaType.APPLICATION_JSON));
    }

    private static ResultActions problem(ResultActions answer, int status, String type) throws Exception {
        return answer.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/" + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "NOT_FOUND, 404, not-found",
        "UNAUTHENTICATED, 401, unauthenticated",
        "FORBIDDEN, 403, forbidden",
        "CONFLICT, 409, conflict",
        "STALE, 412, stale",
        "PRECONDITION_REQUIRED, 428, precondition-required",
        "BLOCKED_BY_FINDINGS, 422, blocked-by-findings",
        "INVALID, 400, invalid",
        "UNUSABLE_INPUT, 422, unusable-input"})
    void eachRefusalOfTheWorkflowHasItsStatusAndType(WorkflowException.Kind kind, int status, String type)
            throws Exception {
        when(workflow.submit(any(), anyLong()))
                .thenThrow(new WorkflowException(kind, "refused as " + kind, List.of(), Map.of()));
        problem(submit(), status, type).andExpect(jsonPath("$.detail").value("refused as " + kind))
                .andExpect(jsonPath("$.problems").doesNotExist());
    }

    @Test
    void fieldProblemsAreListedWithTheirPointers() throws Exception {
        when(workflow.submit(any(), anyLong())).thenThrow(new WorkflowException(
                WorkflowException.Kind.BLOCKED_BY_FINDINGS, "1 error(s) block submission",
                List.of(new WorkflowException.FieldProblem("/tables/7/rows/29", "[sum-of-parts] 不平")),
                Map.of("errors", 1)));
        problem(submit(), 422, "blocked-by-findings")
                .andExpect(jsonPath("$.problems[0].pointer").value("/tables/7/rows/29"))
                .andExpect(jsonPath("$.problems[0].message").value("[sum-of-parts] 不平"))
                .andExpect(jsonPath("$.errors").value(1));
    }

    @Test
    void aStaleSaveTellsTheCurrentEntityTag() throws Exception {
        when(workflow.save(any(), anyLong(), any(), any())).thenThrow(new WorkflowException(
                WorkflowException.Kind.STALE, "version 2 was saved by li after you read it", List.of(),
                Map.of("currentEtag", "v2-0123456789abcdef")));
        problem(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/disclosures/7/document").header("If-Match", "\"v1-0000000000000000\"")
                .contentType(MediaType.APPLICATION_JSON).content("{}")), 412, "stale")
                .andExpect(jsonPath("$.currentEtag").value("v2-0123456789abcdef"));
    }

    @Test
    void anUnknownRegionIsNotFound() throws Exception {
        when(directory.region("999999")).thenReturn(Optional.empty());
        problem(mvc.perform(get("/api/regions/999999")), 404, "not-found");
    }

    @Test
    void anUnusableDocumentNamesTheFileAndThePlace() throws Exception {
        when(codec.read(anyString(), anyString(), any())).thenThrow(new UnusableInputException(
                List.of(new InputProblem("request", 3, 14, "/tables/0", "not a number: 十二"))));
        problem(mvc.perform(post("/api/validate").contentType(MediaType.APPLICATION_JSON).content("{}")), 422,
                "unusable-input")
                .andExpect(jsonPath("$.problems[0].file").value("request"))
                .andExpect(jsonPath("$.problems[0].line").value(3))
                .andExpect(jsonPath("$.problems[0].pointer").value("/tables/0"));
    }

    @Test
    void aBodyThatIsNotJsonIsUnreadable() throws Exception {
        problem(mvc.perform(post("/api/disclosures/7/return").contentType(MediaType.APPLICATION_JSON).content("{")),
                400, "unreadable-request");
    }

    @Test
    void anIdThatIsNotANumberIsInvalid() throws Exception {
        problem(mvc.perform(get("/api/disclosures/seven")), 400, "invalid");
    }

    @Test
    void accessDeniedByTheFrameworkIsForbidden() throws Exception {
        when(workflow.submit(any(), anyLong())).thenThrow(new AccessDeniedException("no"));
        problem(submit(), 403, "forbidden");
    }

    @ParameterizedTest(name = "SQLSTATE {0} -> {1}")
    @CsvSource({"22001, 400, invalid", "23505, 409, conflict", "08006, 500, internal-error"})
    void whatTheDatabaseRefusesIsARefusalNotABare500(String state, int status, String type) throws Exception {
        when(workflow.submit(any(), anyLong())).thenThrow(
                new StoreException("refused", new SQLException("value too long for /opt/data/gongkai", state)));
        problem(submit(), status, type).andExpect(jsonPath("$.detail", not(containsString("/opt/data"))));
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorThatShowsNothingOfIt() throws Exception {
        when(workflow.submit(any(), anyLong())).thenThrow(new IllegalStateException("secret at /srv/gongkai/db"));
        problem(submit(), 500, "internal-error").andExpect(jsonPath("$.detail", not(containsString("secret"))));
    }
}
