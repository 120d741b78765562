import PlanModel
import PlanParser
import Testing

/// `När` read into a structured schedule when it is one (docs/content-format.md, "När").
@Suite struct ScheduleReaderTests {
    @Test func yearsRangesPartsOfAYearAndRecurringTimesAreSchedules() {
        #expect(ScheduleReader.read("2016") == .years(first: 2016, last: 2016))
        #expect(ScheduleReader.read("2016–2017") == .years(first: 2016, last: 2017))
        #expect(ScheduleReader.read("2016-2017") == .years(first: 2016, last: 2017))
        #expect(ScheduleReader.read("Q3 2016") == .part(.q3, year: 2016))
        #expect(ScheduleReader.read("hösten 2016") == .part(.autumn, year: 2016))
        #expect(ScheduleReader.read("Första halvåret 2017.") == .part(.firstHalf, year: 2017))
        #expect(ScheduleReader.read("Löpande") == .recurring(.continuous))
        #expect(ScheduleReader.read("Årligen") == .recurring(.yearly))
        #expect(ScheduleReader.read("varje år") == .recurring(.yearly))
    }

    @Test func otherWaysOfWritingTimeAreNoSchedule() {
        for text in ["Hösten", "Under planperioden", "2016 och framåt", "2017–2016", "Q5 2016", "1850", "", "vår"] {
            #expect(ScheduleReader.read(text) == nil, "\(text)")
        }
    }

    @Test func aScheduleKnowsItsYearsAndWhenItIsDue() {
        let period = Period(first: 2015, last: 2017)
        #expect(Schedule.years(first: 2016, last: 2017).years(in: period) == 2016...2017)
        #expect(Schedule.part(.q3, year: 2016).dueYear == 2016)
        #expect(Schedule.recurring(.yearly).years(in: period) == 2015...2017)
        #expect(Schedule.recurring(.continuous).dueYear == nil)
    }
}
