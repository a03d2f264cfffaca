import type { Activity } from '../../../shared/session/types';

/**
 * The passages an activity quotes, each with who said or wrote it, word for word as the workshop gives them: for the
 * facilitator to read aloud. Never projected (the room's view carries no quotes).
 */
export function ScriptQuotes({ quotes }: { quotes: NonNullable<Activity['quotes']> }) {
  if (quotes.length === 0) return null;
  return (
    <section className="script-section" aria-labelledby="script-quotes">
      <h3 id="script-quotes" className="script-heading">
        {quotes.length === 1 ? 'Quote' : 'Quotes'} to read
      </h3>
      <div className="script-quotes" data-testid="script-quotes">
        {quotes.map((quote, i) => (
          <figure key={i} className="script-quote" data-testid="script-quote">
            <blockquote className="script-quote-text">
              <p>{quote.text}</p>
            </blockquote>
            <figcaption className="script-quote-by" data-testid="script-quote-by">
              — {quote.by}
            </figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}

/** What to bring or prepare: the activity's own materials, and on the first activity the whole workshop's. */
export function ScriptMaterials({ materials, forWorkshop }: { materials: readonly string[]; forWorkshop: readonly string[] }) {
  if (materials.length === 0 && forWorkshop.length === 0) return null;
  return (
    <section className="script-section" aria-labelledby="script-materials">
      <h3 id="script-materials" className="script-heading">
        Materials
      </h3>
      {forWorkshop.length > 0 ? (
        <>
          <p className="script-materials-for">For the whole session</p>
          <ul className="script-materials" data-testid="script-workshop-materials">
            {forWorkshop.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}
      {materials.length > 0 ? (
        <>
          {forWorkshop.length > 0 ? <p className="script-materials-for">For this activity</p> : null}
          <ul className="script-materials" data-testid="script-materials">
            {materials.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
