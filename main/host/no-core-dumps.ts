// Keeps vault keys and caseload data out of core dumps of the app process.
import { writeFileSync } from 'node:fs';

/** 'disabled': a crash of this process now dumps no memory; 'unsupported': see below. */
export type CoreDumpOutcome = 'disabled' | 'unsupported' | 'failed';

/**
 * Linux: writes 0 to /proc/self/coredump_filter (proc(5), "Controlling which mappings are
 * written to the core dump"): a core file of this process, whether the kernel writes it or
 * hands it to systemd-coredump or apport, then holds no memory mapping at all (anonymous,
 * file-backed, shared, huge pages, ELF headers), only registers and notes. It applies to every
 * thread of the process and is inherited by processes it forks. Node has no setrlimit and
 * prctl(PR_SET_DUMPABLE) needs native code, so this is the means at hand.
 *
 * macOS and Windows: 'unsupported'. Node cannot set RLIMIT_CORE, and neither platform has a
 * per-process filter. macOS writes no core files unless the user raised `ulimit -c` (the
 * default soft limit is 0); crash reports (ReportCrash) hold stacks, not memory. See README,
 * "What lock can and cannot guarantee about RAM".
 *
 * Never throws: 'failed' (e.g. /proc not mounted) is for the caller to log.
 */
export function disableCoreDumps(platform: NodeJS.Platform = process.platform): CoreDumpOutcome {
  if (platform !== 'linux') return 'unsupported';
  try {
    writeFileSync('/proc/self/coredump_filter', '0');
    return 'disabled';
  } catch {
    return 'failed';
  }
}
