package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpuModelTest {

    /** The first lines of each processor of this project's machine since 2026-12-02 (2 vCPUs). */
    private static final String AMD = """
            processor\t: 0
            vendor_id\t: AuthenticAMD
            cpu family\t: 26
            model\t\t: 2
            model name\t: AMD EPYC
            stepping\t: 1
            microcode\t: 0x1000065
            cpu MHz\t\t: 2596.102

            processor\t: 1
            vendor_id\t: AuthenticAMD
            cpu family\t: 26
            model\t\t: 2
            model name\t: AMD EPYC
            stepping\t: 1
            """;

    private static final String INTEL = """
            processor\t: 0
            vendor_id\t: GenuineIntel
            cpu family\t: 6
            model\t\t: 106
            model name\t: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz
            stepping\t: 6
            microcode\t: 0xd0003e8
            """;

    private static final String ARM = """
            processor\t: 0
            BogoMIPS\t: 243.75
            Features\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid
            CPU implementer\t: 0x41
            CPU architecture: 8
            CPU variant\t: 0x1
            CPU part\t: 0xd40
            CPU revision\t: 1
            """;

    @Test
    void amdCpuinfoGivesTheModelNameWithFamilyModelAndStepping() {
        assertThat(CpuModel.fromCpuinfo(AMD, "amd64")).contains("AMD EPYC (family 26, model 2, stepping 1)");
    }

    @Test
    void intelCpuinfoGivesTheModelNameWithFamilyModelAndStepping() {
        assertThat(CpuModel.fromCpuinfo(INTEL, "amd64"))
                .contains("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz (family 6, model 106, stepping 6)");
    }

    @Test
    void aMissingFieldIsLeftOut() {
        String withoutStepping = INTEL.replace("stepping\t: 6\n", "");
        assertThat(CpuModel.fromCpuinfo(withoutStepping, "amd64"))
                .contains("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz (family 6, model 106)");
    }

    @Test
    void armCpuinfoWithoutAModelNameIsNamedByTheArchitectureAndItsPart() {
        assertThat(CpuModel.fromCpuinfo(ARM, "aarch64"))
                .contains("aarch64 (implementer 0x41, part 0xd40, variant 0x1, revision 1)");
    }

    @Test
    void cpuinfoThatIdentifiesNothingGivesNoCpu() {
        assertThat(CpuModel.fromCpuinfo("processor\t: 0\nBogoMIPS\t: 50.00\n", "riscv64")).isEmpty();
    }

    @Test
    void theJvmsViewOfAnX86CpuGivesFamilyModelAndSteppingWithoutTheMicrocode() {
        String vmInfo = "OS:...\nCPU: total 8 (initial active 8) (4 cores per cpu, 2 threads per core) family 6 "
                + "model 158 stepping 10 microcode 0xf0, cx8, cmov, fxsr, ht, mmx\nMemory: 4k page\n";
        assertThat(CpuModel.fromVmInfo(vmInfo, "x86_64")).contains("x86_64 (family 6, model 158, stepping 10)");
    }

    @Test
    void theJvmsViewOfAnArmCpuGivesItsIdentifier() {
        String vmInfo = "CPU: total 10 (initial active 10) 0x61:0x0:0x1b588bb3:0, fp, simd, crc, lse\n";
        assertThat(CpuModel.fromVmInfo(vmInfo, "aarch64")).contains("aarch64 (0x61:0x0:0x1b588bb3:0)");
    }

    @Test
    void thisMachinesCpuIsNamed() {
        assertThat(CpuModel.current()).isNotBlank();
    }
}
