import { builder } from '../builder.js';
import { ArticleRef, CitationRef } from '../refs.js';

CitationRef.implement({
  description: 'Where a fact comes from: the article and a short verbatim quote of it.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      description: 'The article quoted.',
      resolve: async (citation, _, { loaders }) => {
        const article = await loaders.article.load(citation.article);
        if (!article) throw new Error(`Citation of unknown article ${citation.article}`);
        return article;
      },
    }),
    quote: t.exposeString('quote', { description: 'The words of the article, verbatim (at most ~300 characters).' }),
  }),
});

export { builder };
