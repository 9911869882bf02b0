package io.gridbench.cli;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Across the modules the CLI sees (exchange, backtest and its own), a simple name means one thing. */
class ArchitectureTest {

    @Test
    void noTwoMainTypesShareASimpleName() {
        Map<String, TreeSet<String>> byName = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.gridbench")) {
            if (c.isTopLevelClass() && !c.getSimpleName().equals("package-info")) {
                byName.computeIfAbsent(c.getSimpleName(), n -> new TreeSet<>()).add(c.getPackageName());
            }
        }
        List<String> shared = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + e.getValue()).collect(Collectors.toList());
        assertThat(byName).containsKeys("Main", "ExchangeConfig", "Replay");
        assertThat(shared).isEmpty();
    }
}
