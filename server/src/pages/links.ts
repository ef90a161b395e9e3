/** The pages' addresses: kept in common/ so that the digest and the feeds link to the same pages. */
export { candidatePath, municipalityPath, needPath, systemPath } from "../common/page-paths";
