import type { CSSProperties } from "react";
import { ComparisonTable, LifecycleTimeline, VennDiagram } from "../../src/index";
import type { ComparisonTableProps, LifecycleTimelineProps, VennDiagramProps } from "../../src/index";
import { BarComparison, type BarComparisonProps } from "../../src/index";
import { StatCallouts, type StatCalloutsProps } from "../../src/index";
import bars from "../fixtures/bar-comparison.json";
import { RaciMatrix, type RaciMatrixProps } from "../../src/index";
import { CycleDiagram, type CycleDiagramProps } from "../../src/index";
import cycleContent from "../fixtures/cycle-diagram.json";
import content from "../fixtures/product-vs-project-manager.json";
import quadrantContent from "../fixtures/quadrant-chart.json";
import { QuadrantChart, type QuadrantChartProps } from "../../src/index";
import statContent from "../fixtures/stat-callouts.json";
import raciContent from "../fixtures/raci-matrix.json";

/** Props of the showcase article. */
export interface ArticleProps {
  /** Colour scheme of the page and its infographics. */
  theme?: "light" | "dark";
  /** Width of the article column in px (about 680 on a desktop blog, 360 on a phone). */
  columnWidth?: number;
}

const venn = content.venn as VennDiagramProps;
const timeline = content.timeline as LifecycleTimelineProps;
const comparison = content.comparison as ComparisonTableProps;
const backlog = quadrantContent.backlog as QuadrantChartProps;
const stats = statContent.reference as StatCalloutsProps;
const salaries = bars.salaries as BarComparisonProps;
const raci = raciContent as RaciMatrixProps;
const cycle = cycleContent.reference as CycleDiagramProps;

const pageStyle = (dark: boolean): CSSProperties => ({
  background: dark ? "#16181d" : "#fbfaf7",
  color: dark ? "#e8e9ec" : "#22242a",
  minHeight: "100vh",
  padding: "40px 16px 64px",
  boxSizing: "border-box",
});

// A host page's own stylesheet: it sets the infographics' font with an ordinary selector, as a blog theme would.
const hostCss = `
.showcase-article { font-family: Georgia, "Liberation Serif", "Times New Roman", serif; font-size: 18px; line-height: 1.65; }
.showcase-article h1 { font-size: 34px; line-height: 1.2; margin: 0 0 8px; }
.showcase-article .standfirst { font-size: 20px; margin: 0 0 32px; opacity: 0.85; }
.showcase-article h2 { font-size: 24px; margin: 40px 0 8px; }
.showcase-article p { margin: 0 0 16px; }
.showcase-article .ri-figure { --ri-font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; }
`;

/** A blog post about two roles with similar names, with the infographics where the text needs them. */
export function Article({ theme = "light", columnWidth = 680 }: ArticleProps) {
  const dark = theme === "dark";
  return (
    <div style={pageStyle(dark)}>
      <style>{hostCss}</style>
      <article className="showcase-article" style={{ maxWidth: columnWidth, margin: "0 auto" }}>
        <h1>Product manager or project manager?</h1>
        <p className="standfirst">Two jobs share the initials PM and often the same meetings. They answer different questions.</p>
        <p>
          Ask a new team who the PM is and you may get two names. One person decides what the team should build and
          why it matters to the people who will use it. The other makes sure the building actually happens: the right
          people on the right tasks, the money spent as planned, the date kept.
        </p>
        <p>
          The product manager looks outward, at users and at the market, and inward at the company&apos;s strategy. The
          project manager looks at the work itself. Where their responsibilities meet, they have to agree.
        </p>
        <VennDiagram {...venn} theme={theme} />
        <h2>Who leads when</h2>
        <p>
          A product passes through stages, from the first idea to the moment it reaches its users and beyond. The
          product manager stays with it the whole way. The project manager joins when there is a plan to execute and
          hands over once the product has shipped.
        </p>
        <LifecycleTimeline {...timeline} theme={theme} />
        <h2>What each one counts</h2>
        <p>
          Each role watches its own numbers. The product manager asks how much of the roadmap rests on evidence from
          customers; the project manager asks how long a slice of scope takes to ship and how much of the budget is
          left. The figures below are invented to show the idea, not measured.
        </p>
        <StatCallouts {...stats} theme={theme} />
        <h2>Round and round</h2>
        <p>
          Shipping is not the end of a product manager&apos;s work. What reaches users raises new questions, and the
          answers feed the next thing the team builds, so discovery and delivery keep turning.
        </p>
        <CycleDiagram {...cycle} theme={theme} />
        <h2>Side by side</h2>
        <p>
          Neither role outranks the other. A product without a project manager drifts; a project without a product
          manager ships something nobody asked for. Set next to each other, the differences are easy to read.
        </p>
        <ComparisonTable {...comparison} theme={theme} />
        <h2>Deciding what to build next</h2>
        <p>
          Both roles meet again over the backlog. The product manager brings a view of what each idea is worth to
          users; the project manager brings a sense of what it would cost to build. Placing every idea on those two
          judgements at once turns a long list into four short ones.
        </p>
        <QuadrantChart {...backlog} theme={theme} />
        <h2>What the jobs pay</h2>
        <p>
          Pay follows the same curve in both roles: it climbs with seniority, and the product manager usually starts a
          little higher. The figures below are made up to show the shape of such a comparison; check a salary survey
          for your own market before you quote one.
        </p>
        <BarComparison {...salaries} theme={theme} />
        <h2>Who does what, stage by stage</h2>
        <p>
          A RACI matrix names, for each piece of work, who does it, the one person who answers for it, who is asked
          before decisions and who only needs to hear about them. Drawn for the two roles and the people around them,
          it shows where the product manager hands the pen to the project manager and takes it back.
        </p>
        <RaciMatrix {...raci} theme={theme} />
        <p>
          If you are hiring, decide which question is going unanswered on your team, the why or the how, and hire for
          that one.
        </p>
      </article>
    </div>
  );
}
