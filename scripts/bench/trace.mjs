// Reads one page load's DevTools trace: the main-thread work the renderer itself accounted for.
//
// Chromium wraps every task its renderer main thread runs in a 'RunTask' trace event (category
// disabled-by-default-devtools.timeline; the Performance panel and Lighthouse build their task lists
// from it), with both its wall duration (dur) and the CPU time the thread actually got (tdur), in µs.
// Everything the page costs on that thread (HTML parsing, script compile and run, style, layout, paint
// records, GC, the iframes' documents, which share the process when same-origin) runs inside such tasks,
// and idle time between them is not counted, whatever the network or the bench's polling does.

export const TRACE_CATEGORIES = [
  'disabled-by-default-devtools.timeline', // RunTask
  'devtools.timeline', // CommitLoad, ParseHTML
  'blink.user_timing', // the page's performance.mark('bench-ready') and ('bench-painted')
];

const ms = (us) => us / 1000;

/**
 * The tasks of the renderer main thread that loaded `pageUrl`, from the task that committed its
 * navigation (creating the document; the provisional work before it is the same for every page)
 * through the task that made the 'bench-ready' mark (every panel laid out), and through the one that
 * made 'bench-painted' (the first frame showing every panel produced); and the longest task, by CPU
 * and by wall time, up to the end of the trace (which also covers the frames painted after ready).
 */
export function mainThreadCost(events, pageUrl) {
  const markOf = (name) => {
    const mark = events.find((e) => e.name === name && e.cat === 'blink.user_timing');
    if (!mark) throw new Error(`no '${name}' mark in the trace of ${pageUrl}`);
    return mark;
  };
  const mark = markOf('bench-ready');
  const painted = markOf('bench-painted');
  const thread = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid);
  if (painted.pid !== mark.pid || painted.tid !== mark.tid) throw new Error(`${pageUrl}: its marks are on two threads`);

  const commit = thread.find((e) => e.name === 'CommitLoad' && e.args.data?.isMainFrame && e.args.data.url === pageUrl);
  if (!commit) throw new Error(`no main-frame CommitLoad of ${pageUrl} on the thread that marked ready`);

  // Top-level tasks only: a RunTask inside another one (a nested run loop) is already counted in it.
  const tasks = [];
  for (const e of thread.filter((e) => e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts)) {
    const last = tasks.at(-1);
    if (!last || e.ts >= last.ts + last.dur) tasks.push(e);
  }
  const first = tasks.find((t) => t.ts <= commit.ts && commit.ts <= t.ts + t.dur);
  if (!first) throw new Error(`the commit of ${pageUrl} is in no task`);
  const fromCommit = tasks.filter((t) => t.ts >= first.ts);
  const counted = fromCommit.filter((t) => t.ts <= mark.ts);
  const toPainted = fromCommit.filter((t) => t.ts <= painted.ts);
  // Chrome leaves out the thread time of a few tasks (seen: a 1 µs RunTask in 700); such a task counts
  // its wall time, which bounds its CPU time. A longer one without it is an error: its wall time could
  // be mostly preemption.
  const untimed = fromCommit.filter((t) => t.tdur === undefined && t.dur > 1000);
  if (untimed.length)
    throw new Error(
      `the trace has no thread time (tdur) for ${untimed.length} task(s) over 1 ms of ${pageUrl}, e.g. ${JSON.stringify(untimed[0])}`,
    );
  const cpu = (t) => t.tdur ?? t.dur;

  // The documents parsed on this thread before ready: the page, plus each iframe if they share its process.
  const origin = new URL(pageUrl).origin;
  const documents = new Set(
    thread
      .filter((e) => e.name === 'ParseHTML' && e.ts <= mark.ts && e.args.beginData?.url?.startsWith(origin))
      .map((e) => e.args.beginData.frame),
  );

  return {
    cpuMs: ms(counted.reduce((sum, t) => sum + cpu(t), 0)),
    wallMs: ms(counted.reduce((sum, t) => sum + t.dur, 0)),
    tasks: counted.length,
    paintedCpuMs: ms(toPainted.reduce((sum, t) => sum + cpu(t), 0)),
    paintedWallMs: ms(toPainted.reduce((sum, t) => sum + t.dur, 0)),
    longestTaskCpuMs: ms(Math.max(...fromCommit.map(cpu))),
    longestTaskWallMs: ms(Math.max(...fromCommit.map((t) => t.dur))),
    documents: documents.size,
  };
}
