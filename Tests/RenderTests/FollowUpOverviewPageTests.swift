import Catalog
import Foundation
import Testing
import ViewModel

/// The joined follow-up pages on the real content, whose counties have published no follow-up:
/// every plan is named as such, and nothing is counted as "not started".
@Suite struct FollowUpOverviewPageTests {
    @Test func withoutAnyReportTheViewNamesEveryPlanAndCountsNothing() throws {
        let (files, catalog, _) = try HTMLCatalogPagesTests.site()
        let html = try HTMLFixtures.page(files, SiteAddress.followUpOverview)
        #expect(html.contains("<p>Ingen uppföljning publicerad för någon av de planer som gäller.</p>"))
        #expect(!html.contains("<table"))
        #expect(html.components(separatedBy: "Ingen uppföljning publicerad</span></li>").count - 1 == catalog.joinedPlanIndices.count)
        for index in catalog.joinedPlanIndices {
            #expect(html.contains("<a href=\"../\(SiteAddress.of(catalog.plans[index].target))\">"))
        }
    }

    @Test func anOrganisationWithoutReportedActivitiesSaysNoFollowUpIsPublished() throws {
        let (files, _, _) = try HTMLCatalogPagesTests.site()
        let html = try HTMLFixtures.page(files, SiteAddress.organisation("arbetsformedlingen"))
        #expect(html.contains("<div><dt>Status enligt uppföljningarna</dt><dd>Ingen uppföljning publicerad för organisationens aktiviteter.</dd></div>"))
        let index = try HTMLFixtures.page(files, SiteAddress.activities)
        // One state only: no status box to choose with, and no status written beside the activities.
        #expect(!index.contains("id=\"filter-status\"") && !index.contains("Status: "))
    }
}
