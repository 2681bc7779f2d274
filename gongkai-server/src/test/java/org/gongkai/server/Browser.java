package org.gongkai.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for the browser tests: the system's browser and driver (Debian's
 * {@code chromium} and {@code chromium-driver}, paths overridable with {@code -Dgongkai.chromium}
 * and {@code -Dgongkai.chromedriver}), a fresh profile each time, the two window sizes the portal is
 * designed for, and screenshots to a file.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final Path BINARY = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether the browser and its driver are installed. */
    public static boolean available() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    public static Browser start() {
        try {
            Path profile = Files.createTempDirectory("gongkai-browser");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                    "--hide-scrollbars", "--force-device-scale-factor=1");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            service.start();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Browser browser = new Browser(service, driver, profile);
            browser.size(DESKTOP);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Sets the viewport (not the window) to the size, so that pages see exactly that width. */
    public Browser size(Dimension viewport) {
        Object before = js("return window.innerWidth;");
        driver.manage().window().setSize(viewport);
        // the resize reaches the page a moment later on a busy machine: wait for it before measuring
        for (int i = 0; i < 40 && before.equals(js("return window.innerWidth;")); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Object inner = js("return [window.innerWidth, window.innerHeight];");
        if (inner instanceof java.util.List<?> l && l.size() == 2) {
            int dw = viewport.width - ((Number) l.get(0)).intValue();
            int dh = viewport.height - ((Number) l.get(1)).intValue();
            if ((dw != 0 || dh != 0) && viewport.width + dw > 0 && viewport.height + dh > 0) {
                driver.manage().window().setSize(new Dimension(viewport.width + dw, viewport.height + dh));
            }
        }
        return this;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The visible part of the page as a PNG. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page from the top as a PNG, as tall as the page but no taller than {@code maxHeight}: the
     * viewport is stretched for the shot and put back afterwards.
     */
    public Path screenshot(Path file, Dimension viewport, int maxHeight) {
        size(viewport);
        js("window.scrollTo(0, 0);");
        long height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
        size(new Dimension(viewport.width, (int) Math.min(Math.max(height, viewport.height), maxHeight)));
        js("window.dispatchEvent(new Event('resize'));");
        pause(400);
        try {
            return screenshot(file);
        } finally {
            size(viewport);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile does no harm
            }
        }
    }
}
