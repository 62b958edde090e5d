// Page-wide helpers called from components through JS interop.
window.translate = {
    // Set once the Blazor circuit is live: before that, clicks on a prerendered page are lost.
    markInteractive: () => { document.body.dataset.circuit = "ready"; },
    // The text of a text box as bytes, which Blazor streams to the server in pieces: a long source (hundreds of KB)
    // would not fit in one SignalR message, and a bound text box sends its whole value in one.
    textOf: (id) => new TextEncoder().encode(document.getElementById(id)?.value ?? ""),
};
