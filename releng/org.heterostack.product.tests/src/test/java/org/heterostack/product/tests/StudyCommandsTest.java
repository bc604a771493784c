package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ./heterostack study ...} as a user runs it, on a copy of the spacer-screening example with a private index:
 * a run, a re-run from the cache, status, query, a rebuilt index that answers the same, and invalidation.
 */
class StudyCommandsTest {

    @Test
    void aStudyRunsResumesFromItsResultsAndIsQueriedThroughTheIndex() throws Exception {
        Path directory = Files.createDirectories(ScriptRun.WORK.resolve("study-" + System.nanoTime()));
        Path copy = directory.resolve("screening.hstack");
        Files.copy(ScriptRun.REPOSITORY.resolve("examples/spacer-screening-pin.hstack"), copy,
                StandardCopyOption.REPLACE_EXISTING);
        String index = directory.resolve("index.sqlite").toString();

        JsonObject first = summary(study("run", copy.toString(), "--json", "--workers", "2", "--index", index));
        for (String key : List.of("study", "candidates", "evaluations", "computed", "cached", "failed", "seconds")) {
            assertTrue(first.has(key), "the summary has " + key + ": " + first);
        }
        long evaluations = first.get("evaluations").getAsLong();
        assertTrue(evaluations > 0 && first.get("cached").getAsLong() == 0, first.toString());
        assertEquals(evaluations, first.get("computed").getAsLong() + first.get("failed").getAsLong());

        JsonObject again = summary(study("run", copy.toString(), "--json", "--index", index));
        assertEquals(first.get("computed").getAsLong(), again.get("cached").getAsLong(), "a re-run reuses: " + again);
        assertEquals(0, again.get("computed").getAsLong(), again.toString());

        ScriptRun status = study("status", copy.toString(), "--index", index);
        assertEquals(0, status.exitCode(), status.toString());
        assertTrue(status.out().contains(first.get("computed").getAsLong() + " stored"), status.toString());

        String[] query = { "query", "--json", "--where", "n >= 1", "--sort", "candidate", "--columns",
            "study,candidate,spacer,n", "--index", index };
        ScriptRun before = study(query);
        assertEquals(0, before.exitCode(), before.toString());
        JsonArray rows = JsonParser.parseString(before.out()).getAsJsonObject().getAsJsonArray("rows");
        assertEquals(first.get("candidates").getAsLong(), rows.size(), before.out());

        ScriptRun rebuilt = study("index", "--rebuild", copy.toString(), "--index", index);
        assertEquals(0, rebuilt.exitCode(), rebuilt.toString());
        assertEquals(before.out(), study(query).out(), "the rebuilt index answers the same");

        ScriptRun invalidated = study("invalidate", copy.toString(), "--index", index);
        assertEquals(0, invalidated.exitCode(), invalidated.toString());
        ScriptRun after = study("status", copy.toString(), "--json", "--index", index);
        JsonObject afterStatus = JsonParser.parseString(after.out().lines().findFirst().orElseThrow())
                .getAsJsonObject();
        assertEquals(evaluations, afterStatus.get("remaining").getAsLong(), after.toString());
    }

    @Test
    void anUnknownStudyIsOneClearLine() throws Exception {
        ScriptRun run = study("run", ScriptRun.REPOSITORY.resolve("examples/spacer-screening-pin.hstack").toString(),
                "--study", "nope", "--index", ScriptRun.WORK.resolve("unused-index.sqlite").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of("heterostack: no study named 'nope' in "
                + ScriptRun.REPOSITORY.resolve("examples/spacer-screening-pin.hstack") + "; its studies: "
                + "spacer-screening"), run.errLines());
    }

    private static JsonObject summary(ScriptRun run) {
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.toString());
        return JsonParser.parseString(run.out().lines().findFirst().orElseThrow()).getAsJsonObject();
    }

    private static ScriptRun study(String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "study";
        System.arraycopy(args, 0, all, 1, args.length);
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        return ScriptRun.heterostack(env, all);
    }
}
