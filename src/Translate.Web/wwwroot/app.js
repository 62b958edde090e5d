// Page-wide helpers called from components through JS interop.
window.translate = {
    // Set once the Blazor circuit is live: before that, clicks on a prerendered page are lost.
    markInteractive: () => { document.body.dataset.circuit = "ready"; },
};
