/** What GraphiQL opens on: "who presides what". */
export const DEFAULT_PLAYGROUND_QUERY = /* GraphQL */ `# Who presides what? Every presidency and co-presidency, with the French title and its source.
# Try also: search(query: "melee numerique"), path(from: "daniel-benchimol", to: "pierre-deniset"),
# neighbourhood(of: "digital113", depth: 2).
query WhoPresidesWhat {
  roles(kinds: [PRESIDENT, CO_PRESIDENT], first: 50) {
    totalCount
    edges {
      node {
        person { name }
        title
        organisation { name }
        since
        asOf
        sources { quote article { title publisher publishedOn } }
      }
    }
  }
}
`;
