package org.invar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code invar --version}: the version Maven wrote into version.properties, and the Java running it. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"invar " + version(), "Java " + System.getProperty("java.version")};
    }

    static String version() {
        String v = properties().getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown" : v;
    }

    /** Where people learn about invar, when the build names it ({@code invar.informationUri} in cli/pom.xml). */
    static java.util.Optional<String> informationUri() {
        String uri = properties().getProperty("informationUri", "");
        return uri.isBlank() || uri.startsWith("${") ? java.util.Optional.empty() : java.util.Optional.of(uri.trim());
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return p;
        }
        return p;
    }
}
