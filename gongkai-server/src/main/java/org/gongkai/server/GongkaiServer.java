package org.gongkai.server;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * {@code gongkai serve [--port N] [--data DIR] [--db JDBC-URL] [--db-user U] [--db-owner O]}: the server a
 * county runs (the owner's password in {@code GONGKAI_DB_OWNER_PASSWORD}). With no
 * {@code --db} (and no {@code GONGKAI_DB_URL}) it keeps an embedded H2 database under the data
 * folder, so it runs on a fresh machine with nothing installed; with a PostgreSQL URL, several
 * processes can share one database behind a load balancer.
 */
@SpringBootApplication(excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
public class GongkaiServer {

    public static void main(String[] args) {
        SpringApplication.run(GongkaiServer.class, springArguments(args));
    }

    /** Turns the command's options into Spring properties; anything else is passed through. */
    static String[] springArguments(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("serve")) {
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--port" -> {
                    out.add("--server.port=" + require(a, value));
                    i++;
                }
                case "--data" -> {
                    out.add("--gongkai.data=" + require(a, value));
                    i++;
                }
                case "--db" -> {
                    out.add("--gongkai.db.url=" + require(a, value));
                    i++;
                }
                case "--rules" -> {
                    out.add("--gongkai.rules=" + require(a, value));
                    i++;
                }
                case "--db-user" -> {
                    out.add("--gongkai.db.user=" + require(a, value));
                    i++;
                }
                case "--db-owner" -> {
                    out.add("--gongkai.db.owner.user=" + require(a, value));
                    i++;
                }
                default -> out.add(a);
            }
        }
        return out.toArray(String[]::new);
    }

    private static String require(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
