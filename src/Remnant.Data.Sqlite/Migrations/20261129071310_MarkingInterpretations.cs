using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Remnant.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MarkingInterpretations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MarkingInterpretations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MarkingId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    System = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Context = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    DecodedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarkingInterpretations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarkingInterpretations_Markings_MarkingId",
                        column: x => x.MarkingId,
                        principalTable: "Markings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MarkingInterpretations_MarkingId",
                table: "MarkingInterpretations",
                column: "MarkingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MarkingInterpretations");
        }
    }
}
