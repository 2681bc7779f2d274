package org.gongkai.server.api;

import org.gongkai.server.problem.ProblemDetails;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Refusals that happen before a controller is reached answer problem+json too: the security
 * firewall's ({@code RequestRejectedException}: an encoded slash or dot, a semicolon, a bad
 * header), the container's own (a URL Tomcat cannot decode, a malformed request line: its error
 * report valve is replaced) and any error sent to {@code /error} (which Spring Boot would answer
 * with its own JSON, without a type).
 */
@Configuration(proxyBeanMethods = false)
public class ContainerErrors {

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            if (!response.isCommitted()) {
                ProblemDetails.write(response, ProblemDetails.problem(HttpStatus.BAD_REQUEST, "rejected-request",
                        "请求被拒绝 (request rejected)", "the request's URL or headers are not accepted"));
            }
        };
    }

    /** Replaces the host's error report valve by {@link ProblemReportValve}, after Spring Boot has added its own. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return new Customizer();
    }

    static final class Customizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container parent = context.getParent();
                if (parent instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Tomcat's error reports as problem+json, without the server's name or a stack trace. */
    public static final class ProblemReportValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(ProblemJson.of(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone: nothing to answer
            }
        }
    }

    /** {@code /error}, where the container sends an error raised outside the controllers. */
    @RestController
    static class ProblemErrorController implements ErrorController {
        @RequestMapping("/error")
        ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer i && i >= 400 ? i : 500;
            HttpStatusCode s = HttpStatusCode.valueOf(status);
            return Problems.respond(ProblemDetails.problem(s, ProblemJson.type(status), ProblemJson.title(status),
                    s.is4xxClientError() ? "the request cannot be answered" : "the server failed; the failure is logged"));
        }
    }

    /** The body of a problem for a bare status. */
    static final class ProblemJson {
        private ProblemJson() {
        }

        static String type(int status) {
            return switch (status) {
                case 400 -> "rejected-request";
                case 401 -> "unauthenticated";
                case 403 -> "forbidden";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 413 -> "too-large";
                case 414, 431 -> "rejected-request";
                default -> status < 500 ? "invalid" : "internal-error";
            };
        }

        static String title(int status) {
            HttpStatus known = HttpStatus.resolve(status);
            return known == null ? "HTTP " + status : known.getReasonPhrase();
        }

        static String of(int status) {
            return "{\"type\":\"/problems/" + type(status) + "\",\"title\":\"" + title(status) + "\",\"status\":" + status
                    + ",\"detail\":\"" + (status < 500 ? "the request cannot be answered" : "the server failed")
                    + "\"}";
        }
    }
}
