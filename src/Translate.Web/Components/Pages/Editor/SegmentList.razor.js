// The browser side of SegmentList: tells the server how tall the rendered rows are, and where the viewport is in the
// list whenever it nears the rows rendered around it, so the server renders the rows it reaches.
export function watch(body, segmentList) {
    const sent = new Map();
    let list = "";
    let viewport = 0;
    let frame = 0;
    let reporting = false;
    let again = false;

    const report = async () => {
        frame = 0;
        const before = body.firstElementChild;
        const after = body.lastElementChild;
        if (!body.isConnected || !before || before === after) {
            return;
        }

        if (reporting) {
            again = true;
            return;
        }

        if (body.dataset.list !== list) {
            list = body.dataset.list;
            sent.clear();
        }

        const heights = [];
        let index = Number(body.dataset.first);
        for (let row = before.nextElementSibling; row && row !== after; row = row.nextElementSibling, index++) {
            const height = row.getBoundingClientRect().height;
            if (sent.get(index) !== height) {
                sent.set(index, height);
                heights.push({ index, height });
            }
        }

        // Near an edge: within a quarter of the viewport of a spacer that stands for rows not rendered.
        const margin = window.innerHeight / 4;
        const nearTop = before.offsetHeight > 0 && before.getBoundingClientRect().bottom > -margin;
        const nearEnd = after.offsetHeight > 0 && after.getBoundingClientRect().top < window.innerHeight + margin;
        if (heights.length === 0 && !nearTop && !nearEnd && viewport === window.innerHeight) {
            return;
        }

        viewport = window.innerHeight;
        reporting = true;
        try {
            await segmentList.invokeMethodAsync("Seen", -before.getBoundingClientRect().top, viewport, heights);
        } catch {
            // The circuit is gone; a new page will watch its own list.
        } finally {
            reporting = false;
        }

        if (again) {
            again = false;
            schedule();
        }
    };

    const schedule = () => {
        if (!frame) {
            frame = requestAnimationFrame(report);
        }
    };

    // Rows are re-rendered (the window moved, a row changed) or resized (a box grew with its text).
    const resized = new ResizeObserver(schedule);
    const observeRows = () => {
        resized.disconnect();
        for (const row of body.children) {
            resized.observe(row);
        }
        schedule();
    };
    const rendered = new MutationObserver(observeRows);
    rendered.observe(body, { childList: true });
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    observeRows();

    return {
        stop() {
            cancelAnimationFrame(frame);
            resized.disconnect();
            rendered.disconnect();
            window.removeEventListener("scroll", schedule);
            window.removeEventListener("resize", schedule);
        },
    };
}
