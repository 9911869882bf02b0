package io.gridbench.benchmarks.gate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Which CPU this is, as one line: {@code AMD EPYC (family 26, model 2, stepping 1)}. The gate's ratios divide a
 * benchmark by a calibration loop run beside it, which takes out a uniformly faster or slower machine but not
 * another micro-architecture (Ed25519 signing fell to 67-70 % of its baseline on a move to another VM type, code
 * unchanged), so the baseline records its CPU and the gate warns when it runs on another.
 *
 * <p>On Linux the name and the family, model and stepping (or, on ARM, the implementer, part, variant and revision)
 * come from {@code /proc/cpuinfo}. Elsewhere the JVM's own view stands in: {@code os.arch} and what HotSpot's
 * {@code VM.info} says of the CPU ({@code amd64 (family 6, model 158, stepping 10)}), or {@code os.arch} alone.
 */
public final class CpuModel {

    /** /proc/cpuinfo fields that identify the silicon, in the order they are shown, with the name shown for each. */
    private static final Map<String, String> IDENTIFYING = identifying();

    /** HotSpot's {@code CPU: total 2 (initial active 2) (2 cores per cpu, 1 threads per core) family 26 ...}. */
    private static final Pattern VM_INFO_CPU = Pattern.compile(
            "(?m)^CPU: total \\d+ \\(initial active \\d+\\)(?: \\([^)]*\\))? ([^,\\n]*)");
    private static final Pattern X86_ID = Pattern.compile("family (\\d+) model (\\d+) stepping (\\d+)");

    private CpuModel() {
    }

    private static Map<String, String> identifying() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cpu family", "family");
        fields.put("model", "model");
        fields.put("stepping", "stepping");
        fields.put("CPU implementer", "implementer");
        fields.put("CPU part", "part");
        fields.put("CPU variant", "variant");
        fields.put("CPU revision", "revision");
        return fields;
    }

    /** This machine's CPU; never empty (at worst {@code os.arch}). */
    public static String current() {
        String arch = System.getProperty("os.arch");
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                Optional<String> parsed = fromCpuinfo(Files.readString(cpuinfo), arch);
                if (parsed.isPresent()) {
                    return parsed.get();
                }
            } catch (IOException e) {
                // Unreadable after all: the JVM's view below still names the CPU.
            }
        }
        return fromVmInfo(vmInfo(), arch).orElse(arch);
    }

    /**
     * The CPU of the first processor in a {@code /proc/cpuinfo} text. A missing {@code model name} is replaced by
     * {@code arch}, missing identifying fields are left out.
     *
     * @return empty when the text names neither a model nor any identifying field
     */
    static Optional<String> fromCpuinfo(String cpuinfo, String arch) {
        String name = null;
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : cpuinfo.split("\n", -1)) {
            if (line.isBlank()) {
                if (!values.isEmpty() || name != null) {
                    break;
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key.equals("model name") && !value.isEmpty()) {
                name = value;
            } else if (IDENTIFYING.containsKey(key) && !value.isEmpty()) {
                values.putIfAbsent(key, value);
            }
        }
        List<String> ids = new ArrayList<>();
        IDENTIFYING.forEach((key, shown) -> {
            String value = values.get(key);
            if (value != null) {
                ids.add(shown + " " + value);
            }
        });
        if (name == null && ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withIds(name == null ? arch : name, ids));
    }

    /**
     * The CPU as HotSpot's {@code VM.info} describes it: family, model and stepping on x86 (the microcode
     * revision dropped, since an update of it is the same silicon), the first item HotSpot lists elsewhere.
     *
     * @return empty when the text has no {@code CPU:} line
     */
    static Optional<String> fromVmInfo(String vmInfo, String arch) {
        Matcher cpu = VM_INFO_CPU.matcher(vmInfo);
        if (!cpu.find() || cpu.group(1).isBlank()) {
            return Optional.empty();
        }
        Matcher x86 = X86_ID.matcher(cpu.group(1));
        if (x86.find()) {
            return Optional.of(withIds(arch, List.of("family " + x86.group(1), "model " + x86.group(2),
                    "stepping " + x86.group(3))));
        }
        return Optional.of(withIds(arch, List.of(cpu.group(1).strip())));
    }

    private static String withIds(String name, List<String> ids) {
        return ids.isEmpty() ? name : name + " (" + String.join(", ", ids) + ")";
    }

    /** HotSpot's {@code VM.info} diagnostic command; empty on a JVM without it. */
    private static String vmInfo() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmInfo",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return String.valueOf(text);
        } catch (JMException | RuntimeException e) {
            return "";
        }
    }
}
