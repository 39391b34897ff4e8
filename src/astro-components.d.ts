/**
 * For plain `tsc`: `.astro` files are typed by Astro's language server
 * (`astro check`), which tsc does not run. This lets tsc check the `.ts`
 * files that import components without knowing their props.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
