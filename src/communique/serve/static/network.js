// The network graph of the actor and network pages: a force layout (vendored d3-force)
// drawn as SVG. Reads the JSON twin named by the <svg>'s data-src; every label is set
// with textContent, never as HTML. Without script the pages show the same ties as tables.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    if (parent) parent.appendChild(node);
    return node;
  }

  function radius(node, maxWeight) {
    return 5 + 13 * Math.sqrt((node.weight || 0) / (maxWeight || 1));
  }

  function draw(svg, data) {
    const box = svg.viewBox.baseVal;
    const width = box.width, height = box.height;
    const focus = svg.dataset.focus;
    const nodes = data.nodes.map((n) => Object.assign({}, n));
    const links = data.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
    const maxWeight = Math.max(1, ...nodes.map((n) => n.weight || 0));
    const maxTie = Math.max(1, ...links.map((l) => l.weight));

    const edgeLayer = el("g", {}, svg);
    const nodeLayer = el("g", {}, svg);
    const lines = links.map((link) => {
      const line = el("line", { class: "edge", "stroke-width": 1 + 5 * link.weight / maxTie }, edgeLayer);
      el("title", {}, line).textContent = `${link.source} – ${link.target}: ${link.weight}`;
      return line;
    });
    const groups = nodes.map((node) => {
      const g = el("g", { class: `node ${node.kind || ""}${node.id === focus ? " focus" : ""}` }, nodeLayer);
      el("circle", { r: radius(node, maxWeight) }, g);
      const label = el("text", { x: radius(node, maxWeight) + 3, y: 4 }, g);
      label.textContent = node.label;
      el("title", {}, g).textContent = `${node.label} (${node.weight} events)`;
      g.addEventListener("click", () => { if (!g.dragged && node.href) window.location.href = node.href; });
      enableDrag(svg, g, node, () => simulation);
      return g;
    });

    const simulation = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id((n) => n.id).distance(90).strength(0.4))
      .force("charge", d3.forceManyBody().strength(-260))
      .force("center", d3.forceCenter(width / 2, height / 2))
      .force("collide", d3.forceCollide().radius((n) => radius(n, maxWeight) + 4))
      .on("tick", () => {
        for (const n of nodes) {
          n.x = Math.max(20, Math.min(width - 20, n.x));
          n.y = Math.max(20, Math.min(height - 20, n.y));
        }
        links.forEach((link, i) => {
          lines[i].setAttribute("x1", link.source.x);
          lines[i].setAttribute("y1", link.source.y);
          lines[i].setAttribute("x2", link.target.x);
          lines[i].setAttribute("y2", link.target.y);
        });
        nodes.forEach((n, i) => groups[i].setAttribute("transform", `translate(${n.x},${n.y})`));
      });
  }

  function enableDrag(svg, group, node, simulation) {
    function point(event) {
      const p = svg.createSVGPoint();
      p.x = event.clientX; p.y = event.clientY;
      return p.matrixTransform(svg.getScreenCTM().inverse());
    }
    group.addEventListener("pointerdown", (event) => {
      group.dragged = false;
      group.setPointerCapture(event.pointerId);
      simulation().alphaTarget(0.2).restart();
      const move = (e) => {
        const p = point(e);
        node.fx = p.x; node.fy = p.y; group.dragged = true;
      };
      const up = () => {
        simulation().alphaTarget(0);
        group.removeEventListener("pointermove", move);
        group.removeEventListener("pointerup", up);
      };
      group.addEventListener("pointermove", move);
      group.addEventListener("pointerup", up);
    });
  }

  for (const svg of document.querySelectorAll("svg.network[data-src]")) {
    fetch(svg.dataset.src, { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((json) => draw(svg, svg.dataset.field ? json[svg.dataset.field] : json))
      .catch(() => svg.classList.add("failed"));
  }
})();
