package org.gongkai.importing.canonical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.profile.IndicatorFramework;
import org.gongkai.model.profile.TemplateProfile;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The template profiles and indicator frameworks shipped as data under
 * {@code org/gongkai/profiles/}: a profile names its framework by id.
 */
public final class ProfileLibrary {

    private static final String FOLDER = "/org/gongkai/profiles/";
    /** The file naming the profiles shipped, one id a line: a new family is a line here and its file. */
    private static final String INDEX = "profiles.txt";

    private final Map<String, TemplateProfile> profiles;

    private ProfileLibrary(Map<String, TemplateProfile> profiles) {
        this.profiles = Map.copyOf(profiles);
    }

    /** The profiles shipped with Gongkai. */
    public static ProfileLibrary standard() {
        ObjectMapper yaml = YAMLMapper.builder()
                .addModule(new ModelModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        Map<String, TemplateProfile> loaded = new LinkedHashMap<>();
        for (String id : index()) {
            ObjectNode node = (ObjectNode) tree(yaml, id);
            String frameworkId = node.path("framework").asString();
            IndicatorFramework framework = yaml.treeToValue(tree(yaml, frameworkId), IndicatorFramework.class);
            node.remove("framework");
            TemplateProfile p = yaml.treeToValue(node, TemplateProfile.class);
            if (!p.id().equals(id)) {
                throw new IllegalStateException("profile file " + id + ".yaml names itself " + p.id());
            }
            loaded.put(id, p.withFramework(framework));
        }
        return new ProfileLibrary(loaded);
    }

    private static List<String> index() {
        try (InputStream in = ProfileLibrary.class.getResourceAsStream(FOLDER + INDEX)) {
            if (in == null) {
                throw new IllegalStateException("profile index missing: " + FOLDER + INDEX);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(ObjectMapper yaml, String id) {
        try (InputStream in = ProfileLibrary.class.getResourceAsStream(FOLDER + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("profile resource missing: " + id);
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<TemplateProfile> profile(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    /** The profile with that id, or null: a document may name a profile Gongkai does not know. */
    public TemplateProfile orNull(String id) {
        return profiles.get(id);
    }

    public List<TemplateProfile> all() {
        return List.copyOf(profiles.values());
    }
}
